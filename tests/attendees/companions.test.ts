import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


// People written after the verb as its subject's company ("with", "along with") were there too.
describe('companions after a chairing or attendance verb', () => {
  it('"presided, with X in attendance"', () => {
    expect(namesRolesAndParts(['Chancellor Prof. Miriam Osei presided, with Provost Dr. Henrik Sall in attendance.'])).toEqual([
      ['Miriam Osei', ['Chancellor'], ['chair']],
      ['Henrik Sall', ['Provost'], ['attendee']],
    ]);
  });

  it('"came before the committee with two of his executives, A and B"', () => {
    expect(namesRolesAndParts([
      'Telco chief executive Ron Patel came before the committee with two of his executives, chief financial ' +
        'officer Mia Lorenz and network director Sam Okoye.',
    ])).toEqual([
      ['Ron Patel', ['Telco chief executive'], ['attendee']],
      ['Mia Lorenz', ['chief financial officer'], ['attendee']],
      ['Sam Okoye', ['network director'], ['attendee']],
    ]);
  });

  it('"were among the guests, along with former captain C, who …"', () => {
    expect(namesRolesAndParts([
      'Mayor Ivo Brandt and Harrow East MP Lina Sokol were among the guests, along with former captain Ned Farr, ' +
        'who led the club to two titles.',
    ])).toEqual([
      ['Ivo Brandt', ['Mayor'], ['attendee']],
      ['Lina Sokol', ['Harrow East MP'], ['attendee']],
      ['Ned Farr', ['former captain'], ['attendee']],
    ]);
  });

  it('an alternate member in a list of members', () => {
    expect(namesRolesAndParts([
      'Chairman Frank Cole ran the hearing, joined by members Pat Dwyer and Mark Lynch and alternate member Jen Hsu.',
    ])).toEqual([
      ['Frank Cole', ['Chairman'], ['chair']],
      ['Pat Dwyer', ['member'], ['attendee']],
      ['Mark Lynch', ['member'], ['attendee']],
      ['Jen Hsu', ['alternate member'], ['attendee']],
    ]);
  });

  it('does not take a person named later in what the verb was "with"', () => {
    expect(namesRolesAndParts([
      'Council Chair Rosa Imbert presided over the meeting with a minute\'s silence for the late alderman, Tom Gray, ' +
        'who died in May.',
    ])).toEqual([['Rosa Imbert', ['Council Chair'], ['chair']]]);
  });

  it('does not make a companion of a speaker\'s "with"', () => {
    expect(namesRolesAndParts([
      'The board met on Monday, chaired by Trustee Amy Lund.',
      'Superintendent Paul Ried said he agreed with Trustee Omar Haddad on the budget.',
    ])).toEqual([['Amy Lund', ['Trustee'], ['chair']], ['Paul Ried', ['Superintendent'], ['speaker']]]);
  });
});
