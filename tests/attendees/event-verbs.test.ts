import { describe, expect, it } from 'vitest';
import { namesAndParts } from './found';


// Verbs of the chamber and the courtroom: piloting or tabling a bill, taking a witness through papers, giving
// evidence, a walkout or an expulsion.
describe('event verbs of chambers and courts', () => {
  it('piloting a bill, leading members out, being ordered out', () => {
    expect(namesAndParts([
      'The session was chaired by Deputy Speaker Omar Farooq.',
      'Finance Minister Sana Iqbal piloted the bill, telling the House revenue had fallen.',
      'Opposition Leader Bilal Khan then led his party\'s members out of the House.',
      'Councillor Rita Moyo was ordered out of the chamber after refusing to withdraw a remark.',
    ])).toEqual([
      ['Omar Farooq', ['chair']], ['Sana Iqbal', ['speaker']], ['Bilal Khan', ['attendee']], ['Rita Moyo', ['attendee']],
    ]);
  });

  it('taking a witness through minutes, giving evidence', () => {
    expect(namesAndParts([
      'The inquiry, chaired by Dame Helen Orme, resumed on Monday.',
      'Counsel to the inquiry Paul Denton took the witness through the minutes of 14 meetings.',
      'Former chief nurse Agnes Pole gave evidence for three hours.',
    ])).toEqual([['Helen Orme', ['chair']], ['Paul Denton', ['speaker']], ['Agnes Pole', ['speaker']]]);
  });

  it('a judge sentencing in a passive, whose own relative clause speaks; not the defendant', () => {
    expect(namesAndParts([
      'Dean Moss, 47, of Park Lane, Bristol, was sentenced at Bristol Crown Court on Friday by Judge Ann Keel, who said he had shown no remorse.',
      'Prosecuting, Sarah Platt told the court the thefts went on for two years.',
    ])).toEqual([['Ann Keel', ['chair', 'speaker']], ['Sarah Platt', ['speaker']]]);
  });

  it('a fronted "Appearing before …," clause and the lowercase start of a title', () => {
    expect(namesAndParts([
      'Senator Lia Grant chaired the hearing on Monday.',
      'Appearing before Senate estimates on Monday, bureau chief executive Dr Ron Hale said the rollout had been bumpy.',
    ])).toEqual([['Lia Grant', ['chair']], ['Ron Hale', ['attendee', 'speaker']]]);
  });

  it('names with initials in a list under a plural title', () => {
    expect(namesAndParts([
      'Chief Minister K. Arul presided over the meeting.',
      'Ministers S. Pandian, R. Vasu and P.K. Sekar were among those present.',
    ])).toEqual([['K. Arul', ['chair']], ['S. Pandian', ['attendee']], ['R. Vasu', ['attendee']], ['P.K. Sekar', ['attendee']]]);
  });

  it('a statement named after a quotation in the clause', () => {
    expect(namesAndParts([
      'Chief Minister K. Arul presided over the meeting.',
      'Opposition leader Ravi Menon criticised the scheme as "too little, too late" in a statement.',
    ])).toEqual([['K. Arul', ['chair']]]);
  });

  it('not a walkout of another year in a story about no event', () => {
    expect(namesAndParts([
      'Senator Joan Vega, who walked out of the chamber last year over the budget, is retiring.',
    ])).toEqual([]);
  });
});
