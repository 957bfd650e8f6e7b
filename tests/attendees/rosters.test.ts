import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Minutes print rosters as a label and one person per line, or as items cut by full stops; the label gives the part.
describe('rosters in minutes', () => {
  it('reads a label on its own line and one person per line after it (Canadian city minutes)', () => {
    expect(namesRolesAndParts([
      'PRESENT:',
      'Councillor Ann Dale',
      'Councillor Bob Hill',
      'Mayor Carla Ruiz',
      'STAFF:',
      'Mr. Lee Chu, City Manager',
      'Ms. Dana Fox, Clerk',
      'ABSENT:',
      'Councillor Joe Pike',
      'The meeting was called to order at 7 p.m. by Mayor Ruiz.',
    ])).toEqual([
      // Called to order "at 7 p.m. by" her: the chair (the hour's stops once hid the cue).
      ['Carla Ruiz', ['Mayor'], ['chair']],
      ['Ann Dale', ['Councillor'], ['attendee']],
      ['Bob Hill', ['Councillor'], ['attendee']],
      ['Lee Chu', ['City Manager'], ['attendee']],
      ['Dana Fox', ['Clerk'], ['attendee']],
    ]);
  });

  it('reads items cut by full stops after the label (Irish county council)', () => {
    expect(namesRolesAndParts([
      'IN ATTENDANCE: Mr. Tom Ray, County Manager. Ms. Jo Kent, Director of Services.',
    ])).toEqual([
      ['Tom Ray', ['County Manager'], ['attendee']],
      ['Jo Kent', ['Director of Services'], ['attendee']],
    ]);
  });

  it('reads a run-on roster with labels inside it and a name, role pair per item', () => {
    expect(namesRolesAndParts([
      'Attendance: Councillors: Cllr. Ann Dale, Cllr. Bob Hill, Officials: Mr. Tom Ray, Director of Services, Ms. Jo Kent, District Manager.',
    ])).toEqual([
      ['Ann Dale', ['Cllr.'], ['attendee']],
      ['Bob Hill', ['Cllr.'], ['attendee']],
      ['Tom Ray', ['Director of Services'], ['attendee']],
      ['Jo Kent', ['District Manager'], ['attendee']],
    ]);
  });

  it('gives a presiding label the chair and a presenter label the floor (US school board)', () => {
    expect(namesRolesAndParts([
      'PRESIDING: Trustee Maria Delgado, Board President',
      'Presenter: Dana Gill, Superintendent',
      'Trustees present:',
      'Ray Lin',
      'Sue Marsh',
    ])).toEqual([
      ['Maria Delgado', ['Trustee', 'Board President'], ['chair']],
      ['Dana Gill', ['Superintendent'], ['speaker']],
      ['Ray Lin', [], ['attendee']],
      ['Sue Marsh', [], ['attendee']],
    ]);
  });

  it('keeps prose after a label out of the roster (UK parish newsletter)', () => {
    expect(namesRolesAndParts([
      'Members:',
      'The parish council will meet again in the spring to discuss the allotments and the footpath repairs near the church.',
      'Chairman Peter Oakes said the footpath would be repaired by March.',
    ])).toEqual([]);
  });

  it('reads a roster of role, name items after "were present:" (Irish club AGM)', () => {
    expect(namesRolesAndParts([
      'The following officers were elected, all of whom were present: chairperson, Niamh Whelan; vice-chairperson, Declan Moore; secretary, Áine Brennan.',
    ])).toEqual([
      ['Niamh Whelan', ['chairperson'], ['attendee']],
      ['Declan Moore', ['vice-chairperson'], ['attendee']],
      ['Áine Brennan', ['secretary'], ['attendee']],
    ]);
  });

  it('reads guests and an honorific chain with an article inside it (Jamaican, Nigerian)', () => {
    expect(namesRolesAndParts([
      'Among those in attendance were Governor-General Sir Lionel Ashby, Prime Minister Dr the Hon. Everton Grant and Opposition Leader Sandra Whyte.',
    ])).toEqual([
      ['Lionel Ashby', ['Governor-General'], ['attendee']],
      ['Everton Grant', ['Prime Minister'], ['attendee']],
      ['Sandra Whyte', ['Opposition Leader'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Guests included the Alase of Ketu-Oke, Oba Razaq Adisa, and the Elewi of Oja-Ode, Oba Michael Olatunji.',
    ]).map(([name, , parts]) => [name, parts])).toEqual([['Razaq Adisa', ['attendee']], ['Michael Olatunji', ['attendee']]]);
  });

  it('reads a member moving an item as speaking (US city minutes)', () => {
    expect(namesRolesAndParts([
      'Councilmember Voss moved to approve the consent agenda. Planner Ann Lee presented the zoning item.',
    ])).toEqual([['Voss', ['Councilmember'], ['speaker']], ['Ann Lee', ['Planner'], ['speaker']]]);
    // Moving house is no motion.
    expect(namesRolesAndParts(['Councilmember Voss moved to Denver in 2019, the city said.'])).toEqual([]);
  });
});
