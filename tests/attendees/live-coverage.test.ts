import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Live coverage of a sitting tells it in the present tense, with a time stamp before each update: the chair "is in
// the chair", a member "takes the floor" or "is now speaking".
describe('a sitting told as it happens', () => {
  it('reads the chair and the members taking the floor (Indian Lok Sabha live page)', () => {
    expect(namesRolesAndParts([
      '11:02 IST – Speaker Om Prakash Mehra is in the chair as the House takes up Question Hour.',
      '11:20 IST – Member of Parliament Kavita Deshmukh takes the floor on the rail safety bill.',
      '11:41 IST – Minister of State for Railways Arvind Pillai is now replying to the debate.',
    ])).toEqual([
      ['Om Prakash Mehra', ['Speaker'], ['chair']],
      ['Kavita Deshmukh', ['Member of Parliament'], ['speaker']],
      ['Arvind Pillai', ['Minister of State for Railways'], ['speaker']],
    ]);
  });

  it('reads "is presiding", "is speaking" and "moves" in the present (Kenyan Senate blog, Australian estimates)', () => {
    expect(namesRolesAndParts([
      '2.35pm: Deputy Speaker Mercy Wanjiru is presiding over the afternoon sitting of the Senate.',
      '2.50pm: Senator Daniel Kiprono is speaking on the county allocation bill; he wants the formula reviewed.',
      '3.15pm: Majority Leader Peter Omondi moves that the debate be adjourned.',
    ])).toEqual([
      ['Mercy Wanjiru', ['Deputy Speaker'], ['chair']],
      ['Daniel Kiprono', ['Senator'], ['speaker']],
      ['Peter Omondi', ['Majority Leader'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      '9.07am: Senate estimates resume. Committee chair Sarah Hanson is in the chair and Senator Mark Boyle is questioning the department head.',
    ])).toEqual([
      ['Sarah Hanson', ['Committee chair'], ['chair']],
      ['Mark Boyle', ['Senator'], ['speaker']],
    ]);
  });

  it('reads "tells the hall" and "seconds the motion" at a party conference (British live page)', () => {
    expect(namesRolesAndParts([
      '10.04 GMT – The health debate is under way at the Civic Party conference in Kelsingham.',
      '10.09 GMT – Shadow health secretary Tom Ashdown tells the hall that waiting lists have doubled.',
      '10.31 GMT – Cllr Priya Mistry seconds the motion and backs the pledge.',
    ])).toEqual([
      ['Tom Ashdown', ['Shadow health secretary'], ['speaker']],
      ['Priya Mistry', ['Cllr'], ['speaker']],
    ]);
  });

  it('lists no one from a preview in the present tense or a speech announced for later', () => {
    expect(namesRolesAndParts([
      'Coming up: Senator Daniel Kiprono is speaking in Eldoret next week, his office says.',
    ])).toEqual([]);
    expect(namesRolesAndParts(['Senator Daniel Kiprono takes the floor tomorrow to open the debate.'])).toEqual([]);
  });
});
