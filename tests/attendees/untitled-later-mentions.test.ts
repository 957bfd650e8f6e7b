import { describe, expect, it } from 'vitest';
import { namesAndParts } from './found';


// A full name first printed with no title a reader could vouch for ("asked the hospital's head of nursing, Joan
// Pike,") is the person a later "Ms Pike said" speaks for.
describe('an honorific and a surname point back to a full name printed without a title', () => {
  it('a witness named as the object of a question, then "Ms <surname> said"', () => {
    expect(namesAndParts([
      'Commissioner Ann Rees-Morgan, who presided, asked the hospital\'s former head of nursing, Joan Pike, about staffing.',
      'Ms Pike said she had raised the shortages with the board twice.',
    ])).toEqual([['Ann Rees-Morgan', ['chair', 'speaker']], ['Joan Pike', ['speaker']]]);
  });

  it('a witness named with a relative clause only, then "Mr <surname> countered"', () => {
    expect(namesAndParts([
      'Senator Dalia Ferrante chaired the hearing on Thursday.',
      'Most of the questions were put to Ravi Menon-Lal, who runs Tidewell Capital.',
      'Mr Menon-Lal countered that the rules were already clear.',
    ])).toEqual([['Dalia Ferrante', ['chair']], ['Ravi Menon-Lal', ['speaker']]]);
  });

  it('stays unresolved when two untitled names share the surname', () => {
    const names = namesAndParts([
      'Councillor Maya Dorsey chaired the meeting on Monday.',
      'Residents Tom Avery and Jill Avery wrote to the council before the vote.',
      'Mr Avery said the street flooded every winter.',
    ]).map(([name]) => name);
    expect(names).toEqual(['Maya Dorsey']);
  });

  it('not where the honorific names someone else\'s spokesperson after an absence', () => {
    const names = namesAndParts([
      'Senator Ruth Kagame chaired the hearing.',
      'The minister, Alan Dreyer, was not at the hearing. A spokesperson for Mr Dreyer said the contracts were lawful.',
    ]).map(([name]) => name);
    expect(names).toEqual(['Ruth Kagame']);
  });
});
