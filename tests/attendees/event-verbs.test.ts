import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const found = (paragraphs: string[]) =>
  findAttendees({ paragraphs, captions: [], lang: 'en' })?.people.map((p) => [p.name, p.parts]) ?? [];

// Verbs of the chamber and the courtroom: piloting or tabling a bill, taking a witness through papers, giving
// evidence, a walkout or an expulsion.
describe('event verbs of chambers and courts', () => {
  it('piloting a bill, leading members out, being ordered out', () => {
    expect(found([
      'The session was chaired by Deputy Speaker Omar Farooq.',
      'Finance Minister Sana Iqbal piloted the bill, telling the House revenue had fallen.',
      'Opposition Leader Bilal Khan then led his party\'s members out of the House.',
      'Councillor Rita Moyo was ordered out of the chamber after refusing to withdraw a remark.',
    ])).toEqual([
      ['Omar Farooq', ['chair']], ['Sana Iqbal', ['speaker']], ['Bilal Khan', ['attendee']], ['Rita Moyo', ['attendee']],
    ]);
  });

  it('taking a witness through minutes, giving evidence', () => {
    expect(found([
      'The inquiry, chaired by Dame Helen Orme, resumed on Monday.',
      'Counsel to the inquiry Paul Denton took the witness through the minutes of 14 meetings.',
      'Former chief nurse Agnes Pole gave evidence for three hours.',
    ])).toEqual([['Helen Orme', ['chair']], ['Paul Denton', ['speaker']], ['Agnes Pole', ['speaker']]]);
  });

  it('not a walkout of another year in a story about no event', () => {
    expect(found([
      'Senator Joan Vega, who walked out of the chamber last year over the budget, is retiring.',
    ])).toEqual([]);
  });
});
