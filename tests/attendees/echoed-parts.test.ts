import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// "…, as did X", "echoed by X", "followed by X and then by Y": the verb is not repeated, so the people after such a
// tail do what the clause before it says its subject did; with no one given a part before it, nothing.
describe('parts carried to the people after "as did", "echoed by", "followed by"', () => {
  it('gives "as did" the part of the clause before it (Canadian school board, Ghanaian launch)', () => {
    expect(namesRolesAndParts([
      'Trustee Gord Kowalczyk moved to defer the vote for a year, as did trustee Helen Marchetti in a separate amendment.',
    ])).toEqual([
      ['Gord Kowalczyk', ['Trustee'], ['speaker']],
      ['Helen Marchetti', ['trustee'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'Regional Minister Ama Boateng attended the launch of the water project on Friday, as did Municipal Chief Executive Kofi Mensah.',
    ])).toEqual([
      ['Ama Boateng', ['Regional Minister'], ['attendee']],
      ['Kofi Mensah', ['Municipal Chief Executive'], ['attendee']],
    ]);
  });

  it('reads "so did" the same way (British local paper)', () => {
    expect(namesRolesAndParts([
      'Cllr Ann Lowe spoke against the car park plan at the meeting, and so did Cllr Peter Hale.',
    ])).toEqual([
      ['Ann Lowe', ['Cllr'], ['speaker']],
      ['Peter Hale', ['Cllr'], ['speaker']],
    ]);
  });

  it('gives a point "echoed by" someone to them too (party conference, school board)', () => {
    expect(namesRolesAndParts([
      'Delegate Marcus Fenn told the conference the party could not promise what it could not fund, a point echoed by former treasurer Ravi Chandar.',
    ])).toEqual([
      ['Marcus Fenn', ['Delegate'], ['speaker']],
      ['Ravi Chandar', ['former treasurer'], ['speaker']],
    ]);
  });

  it('gives everyone in "followed by A and then by B" the part (US court hearing, Irish synod)', () => {
    expect(namesRolesAndParts([
      'Attorney Mark Holloway addressed the court first, followed by co-counsel Rachel Sims and then by homeowner Dana Price.',
    ])).toEqual([
      ['Mark Holloway', ['Attorney'], ['speaker']],
      ['Rachel Sims', ['co-counsel'], ['speaker']],
      ['Dana Price', ['homeowner'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'The diocesan secretary, Declan Furlong, presented the accounts at the synod, followed by Archdeacon Colm Hartigan.',
    ])).toEqual([
      ['Declan Furlong', ['diocesan secretary'], ['speaker']],
      ['Colm Hartigan', ['Archdeacon'], ['speaker']],
    ]);
  });

  it('gives nothing where no one before the tail took part', () => {
    // Nothing was done by anyone named before "followed by" / "as did": no part to carry.
    expect(namesRolesAndParts([
      'The plan was first floated in 2019, as did the idea of a toll, long before Mayor Ruth Pike took office.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'The vote was followed by a reception hosted by the Rotary Club.',
    ])).toEqual([]);
  });
});
