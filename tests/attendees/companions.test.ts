import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const people = (paragraphs: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions: [], lang })?.people.map((p) => [p.name, p.roles, p.parts]) ?? [];

// People written after the verb as its subject's company ("with", "along with") were there too.
describe('companions after a chairing or attendance verb', () => {
  it('"presided, with X in attendance"', () => {
    expect(people(['Chancellor Prof. Miriam Osei presided, with Provost Dr. Henrik Sall in attendance.'])).toEqual([
      ['Miriam Osei', ['Chancellor'], ['chair']],
      ['Henrik Sall', ['Provost'], ['attendee']],
    ]);
  });

  it('"came before the committee with two of his executives, A and B"', () => {
    expect(people([
      'Telco chief executive Ron Patel came before the committee with two of his executives, chief financial ' +
        'officer Mia Lorenz and network director Sam Okoye.',
    ])).toEqual([
      ['Ron Patel', ['Telco chief executive'], ['attendee']],
      ['Mia Lorenz', ['chief financial officer'], ['attendee']],
      ['Sam Okoye', ['network director'], ['attendee']],
    ]);
  });

  it('"were among the guests, along with former captain C, who …"', () => {
    expect(people([
      'Mayor Ivo Brandt and Harrow East MP Lina Sokol were among the guests, along with former captain Ned Farr, ' +
        'who led the club to two titles.',
    ])).toEqual([
      ['Ivo Brandt', ['Mayor'], ['attendee']],
      ['Lina Sokol', ['Harrow East MP'], ['attendee']],
      ['Ned Farr', ['former captain'], ['attendee']],
    ]);
  });

  it('an alternate member in a list of members', () => {
    expect(people([
      'Chairman Frank Cole ran the hearing, joined by members Pat Dwyer and Mark Lynch and alternate member Jen Hsu.',
    ])).toEqual([
      ['Frank Cole', ['Chairman'], ['chair']],
      ['Pat Dwyer', ['member'], ['attendee']],
      ['Mark Lynch', ['member'], ['attendee']],
      ['Jen Hsu', ['alternate member'], ['attendee']],
    ]);
  });

  it('does not take a person named later in what the verb was "with"', () => {
    expect(people([
      'Council Chair Rosa Imbert presided over the meeting with a minute\'s silence for the late alderman, Tom Gray, ' +
        'who died in May.',
    ])).toEqual([['Rosa Imbert', ['Council Chair'], ['chair']]]);
  });

  it('does not make a companion of a speaker\'s "with"', () => {
    expect(people([
      'The board met on Monday, chaired by Trustee Amy Lund.',
      'Superintendent Paul Ried said he agreed with Trustee Omar Haddad on the budget.',
    ])).toEqual([['Amy Lund', ['Trustee'], ['chair']], ['Paul Ried', ['Superintendent'], ['speaker']]]);
  });
});
