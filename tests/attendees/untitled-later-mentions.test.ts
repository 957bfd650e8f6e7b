import { describe, expect, it } from 'vitest';
import { namesAndParts, namesRolesAndParts } from './found';


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

// News style names a person in full once and by surname alone after that, honorific or not.
describe('a bare surname points back to a full name printed once', () => {
  it('an AGM\'s new president, then "<surname> told the meeting" (Australian regional paper)', () => {
    expect(namesAndParts([
      'The Wodonga Rovers held their annual general meeting on Sunday.',
      'Tanya Burke was elected unopposed as president, the first woman to lead the club.',
      '"I have been washing jumpers here since I was nine," Burke told the meeting.',
    ])).toEqual([['Tanya Burke', ['speaker']]]);
  });

  it('a speaker from the floor named in full, then by surname (UK conference, Kenyan county assembly)', () => {
    expect(namesAndParts([
      'The party conference opened in Brighton on Sunday.',
      'The first speaker was called to the rostrum: Tom Ashby, a health spokesman from Leeds.',
      'Ashby told the hall the waiting lists were a scandal.',
    ])).toEqual([['Tom Ashby', ['speaker']]]);
    expect(namesAndParts([
      'Members of the county assembly met on Tuesday to debate the budget.',
      'Chanda Mwale, who represents Kisumu Central, rose to oppose the allocation.',
      'Mwale said the ward had not received its share for two years.',
    ])).toEqual([['Chanda Mwale', ['speaker']]]);
  });

  it('not a place after "of", not a surname two people share', () => {
    // The caption's credit is a police force printed like a name ("Heddlu Carreg").
    expect(namesRolesAndParts([
      'Gethin Rowe was sentenced in his absence at Carreg Crown Court on Monday.',
      'Counsel for the prosecution, Owen Marsh, told the court that Rowe had been drinking.',
      'Judge Sian Pryce, the Recorder of Carreg, presiding, said the refusal to attend was a discourtesy.',
    ], 'en', ['Gethin Rowe was jailed for six years. Picture: Heddlu Carreg']).map(([name]) => name)).toEqual(['Sian Pryce', 'Owen Marsh']);
    expect(namesAndParts([
      'The parish council met on Monday.',
      'Anne Hale and her brother Robert Hale both objected to the plan.',
      'Hale told the meeting the lane was too narrow.',
    ])).toEqual([]);
  });
});
