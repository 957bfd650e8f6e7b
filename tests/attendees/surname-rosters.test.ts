import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Minutes and council stories name members by title and surname only, often under one plural title.
describe('members named by surname under a plural title', () => {
  it('gives every surname of the list the singular title (US city council minutes)', () => {
    expect(namesRolesAndParts([
      'The Millbrook City Council met in regular session on Monday, March 3. Present: Mayor Pro Tempore Hale, Councilmembers Ortiz, Lamb and Reyes. Absent: Councilmember Duval.',
      'Councilmember Ortiz moved to approve the consent agenda; Councilmember Lamb seconded. The motion carried 4-0.',
    ])).toEqual([
      ['Hale', ['Mayor Pro Tempore'], ['attendee']],
      ['Ortiz', ['Councilmember'], ['attendee', 'speaker']],
      ['Lamb', ['Councilmember'], ['attendee', 'speaker']],
      ['Reyes', ['Councilmember'], ['attendee']],
    ]);
  });

  it('reads abbreviated plurals and leaves out apologies (English parish council)', () => {
    expect(namesRolesAndParts([
      'Members present: Cllrs Hart, Owusu and Price. Apologies were received from Cllr Dunne.',
    ])).toEqual([
      ['Hart', ['Cllr'], ['attendee']],
      ['Owusu', ['Cllr'], ['attendee']],
      ['Price', ['Cllr'], ['attendee']],
    ]);
  });

  it('knows plurals that do not end in s (Chicago aldermen, New England selectmen)', () => {
    expect(namesRolesAndParts([
      "Aldermen Brooks, Fenwick and Oduya voted against the measure at Monday's meeting.",
    ])).toEqual([
      ['Brooks', ['Alderman'], ['attendee']],
      ['Fenwick', ['Alderman'], ['attendee']],
      ['Oduya', ['Alderman'], ['attendee']],
    ]);
    expect(namesRolesAndParts(['Selectmen Hoyt and Baptiste attended the hearing on Thursday.'])).toEqual([
      ['Hoyt', ['Selectman'], ['attendee']],
      ['Baptiste', ['Selectman'], ['attendee']],
    ]);
  });

  it('ends the plural title at a semicolon, and "presiding" reaches only the name before it (county commission)', () => {
    expect(namesRolesAndParts([
      'ROLL CALL: Present: Commissioners Baker, Chu and Dlamini; Mayor Ferris presiding. Absent: none.',
    ])).toEqual([
      ['Ferris', ['Mayor'], ['chair']],
      ['Baker', ['Commissioner'], ['attendee']],
      ['Chu', ['Commissioner'], ['attendee']],
      ['Dlamini', ['Commissioner'], ['attendee']],
    ]);
  });

  it('reads past the day between "met" and "with" (New Zealand district council)', () => {
    expect(namesRolesAndParts([
      'The board met Tuesday with Supervisors Grant, Ngata and Ellis in attendance.',
    ])).toEqual([
      ['Grant', ['Supervisor'], ['attendee']],
      ['Ngata', ['Supervisor'], ['attendee']],
      ['Ellis', ['Supervisor'], ['attendee']],
    ]);
    expect(namesRolesAndParts(['The minister met on Friday with Ambassador Keiko Tanaka.'])).toEqual([
      ['Keiko Tanaka', ['Ambassador'], ['attendee']],
    ]);
  });

  it('lists no one where the plural title is about a meeting to come or places follow it', () => {
    expect(namesRolesAndParts([
      'Supervisors Grant, Ngata and Ellis will tour Hamilton, Napier and Gisborne next month.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'Councilmembers Ortiz and Lamb are expected to attend the hearing on the budget next week.',
    ])).toEqual([]);
  });
});

describe('minutes: who came late, stepped aside or opened with a prayer', () => {
  it('reads arrivals, recusals and the invocation (US county board)', () => {
    expect(namesRolesAndParts([
      'The Kern Valley County Board of Supervisors met in regular session Tuesday.',
      'Chair Ruiz convened the meeting at 9:02 a.m. Rev. Ella Green, pastor of Hope Chapel, offered the invocation.',
      'Supervisor Tate arrived at 9:20 a.m. Supervisor Moody recused herself from item 4.',
    ])).toEqual([
      ['Ruiz', ['Chair'], ['chair']],
      ['Ella Green', ['pastor of Hope Chapel'], ['speaker']],
      ['Tate', ['Supervisor'], ['attendee']],
      ['Moody', ['Supervisor'], ['attendee']],
    ]);
  });

  it('reaches a person after a long description in a list ("accompanied by … the Member of Parliament for …, Dr X")', () => {
    expect(namesRolesAndParts([
      'The nominee appeared before the Appointments Committee on Monday, accompanied by the Member of Parliament for Bosome Freho East, Dr Kofi Ansah.',
    ]).map(([name, , parts]) => [name, parts])).toContainEqual(['Kofi Ansah', ['attendee']]);
  });
});
