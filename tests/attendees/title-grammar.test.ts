import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const people = (paragraphs: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions: [], lang })?.people.map((p) => [p.name, p.roles, p.parts]) ?? [];

describe('title grammar (English)', () => {
  it('keeps a four-word Vietnamese name after an English title whole', () => {
    expect(people([
      'Minister of Transport Đặng Thị Thu Trang attended the hearing on Tuesday.',
    ])).toEqual([['Đặng Thị Thu Trang', ['Minister of Transport'], ['attendee']]]);
  });

  it('reads "the council\'s presiding officer" as a role that chairs, not as the verb "presiding"', () => {
    expect(people([
      "Deputy Mayor Lorna Vasquez-Bell, the council's presiding officer, led the session on Monday.",
    ])).toEqual([['Lorna Vasquez-Bell', ['Deputy Mayor', "council's presiding officer"], ['chair']]]);
  });

  it('reads a role in apposition before the name, with the title written next to it', () => {
    expect(people([
      'The Lord Provost, Cllr Morag Dunnet, presided over the meeting on Thursday.',
      'The Lord Provost thanked the volunteers.',
    ])).toEqual([['Morag Dunnet', ['Lord Provost', 'Cllr'], ['chair', 'speaker']]]);
  });

  it('reads list cues with the event named in them, and particles inside names', () => {
    expect(people([
      'Also attending the talks were Deputy Minister of Trade Lê Văn Khoa and Philippine Trade Secretary Maria dela Rosa.',
    ])).toEqual([
      ['Lê Văn Khoa', ['Deputy Minister of Trade'], ['attendee']],
      ['Maria dela Rosa', ['Philippine Trade Secretary'], ['attendee']],
    ]);
  });

  it('lets a day stand between the subject and its verb', () => {
    expect(people(['Planning Minister Rhoda Kamau-Njeri on Tuesday chaired a meeting on the drought.']))
      .toEqual([['Rhoda Kamau-Njeri', ['Planning Minister'], ['chair']]]);
  });

  it('gives a plural title to each name of its list, past an aside saying where they come from', () => {
    expect(people(['Cllrs Ada Quarrie, Ben Oduya and Cora Lind, of the Independent group, voted against the plan.']))
      .toEqual([
        ['Ada Quarrie', ['Cllr'], ['attendee']],
        ['Ben Oduya', ['Cllr'], ['attendee']],
        ['Cora Lind', ['Cllr'], ['attendee']],
      ]);
  });

  it('keeps a constituency before "MP" in the title, not as a person of its own', () => {
    expect(people(['Mayor Ivo Brandt and Harrow East MP Lina Sokol were among the guests.'])).toEqual([
      ['Ivo Brandt', ['Mayor'], ['attendee']],
      ['Lina Sokol', ['Harrow East MP'], ['attendee']],
    ]);
  });
});
