import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


describe('roles in apposition before the name (English)', () => {
  it('after a possessive determiner or an owner named with "\'s" (courts, UK committees, the UN)', () => {
    expect(namesRolesAndParts(['His lawyer, Priya Ramanathan of Victoria Legal Aid, told the bail hearing he had no prior convictions.']))
      .toEqual([['Priya Ramanathan', ['lawyer'], ['speaker']]]);
    expect(namesRolesAndParts(["Southmoor's chief executive, Adrian Pell, told MPs at the committee hearing that the increases were needed."]))
      .toEqual([['Adrian Pell', ["Southmoor's chief executive"], ['speaker']]]);
    expect(namesRolesAndParts(["Russia's deputy envoy, Sergei Voronin, told the Security Council meeting that aid was blocked."]))
      .toEqual([['Sergei Voronin', ["Russia's deputy envoy"], ['speaker']]]);
  });

  it('an owner\'s role may hold a lowercase field before its head; an article\'s may not', () => {
    expect(namesRolesAndParts(["Labour's primary industries spokesperson, Damien O'Connor-Hale, asked at the hearing about prices."]))
      .toEqual([["Damien O'Connor-Hale", ["Labour's primary industries spokesperson"], ['speaker']]]);
    expect(namesRolesAndParts(["Labour's angry mayor, Jo Hendry, chaired the council meeting on Tuesday."]))
      .toEqual([['Jo Hendry', ["Labour's angry mayor"], ['chair']]]);
    expect(namesRolesAndParts(['The angry mayor, Jo Hendry, chaired the council meeting on Tuesday.']))
      .toEqual([['Jo Hendry', [], ['chair']]]);
  });

  it('a capitalised run before a lowercase head is the role\'s modifier, not a person', () => {
    expect(namesRolesAndParts(['The Liberal Democrat leader, Sir Edward Tallis, asked at the session about overpayments.']))
      .toEqual([['Edward Tallis', ['Liberal Democrat leader'], ['speaker']]]);
    expect(namesRolesAndParts(['Vermont Apartment Owners Association lobbyist Kristin Haley urged lawmakers at the hearing to act.']))
      .toEqual([['Kristin Haley', ['Vermont Apartment Owners Association lobbyist'], ['speaker']]]);
  });
});

describe('a role\'s field after its preposition (English)', () => {
  it('reads lowercase words after "of", "to", "for" as part of the role (Irish council, UK inquiry, SA metro)', () => {
    expect(namesRolesAndParts(['Director of services Aoife Brennan-Keogh told members at the meeting that 31 landowners had signed.']))
      .toEqual([['Aoife Brennan-Keogh', ['Director of services'], ['speaker']]]);
    expect(namesRolesAndParts(['Counsel to the inquiry Richard Melville KC questioned the witness at the hearing on Monday.']))
      .toEqual([['Richard Melville', ['Counsel to the inquiry'], ['speaker']]]);
    expect(namesRolesAndParts(['Presenting the plan at the council meeting, mayoral committee member for utilities Kgosi Mokoena said the city owed more.']))
      .toEqual([['Kgosi Mokoena', ['mayoral committee member for utilities'], ['speaker']]]);
  });

  it('not when the role ends in a preposition: the name is its object, a place', () => {
    const roles = namesRolesAndParts(['Leaders of the districts of Ba Tri, Binh Dai and Thanh Phu attended the signing ceremony.'])
      .flatMap((p) => p[1] as string[]);
    expect(roles.filter((r) => /districts/u.test(r))).toEqual([]);
  });
});

describe('a relative clause describes the person, not the event', () => {
  it('a past year inside "who …" after a listed person does not take them out of the room', () => {
    expect(namesRolesAndParts([
      'Among the new citizens were Dr Sunil Kumaraswamy, a cardiologist at Bendigo Health who arrived from India in 2014.',
    ])).toEqual([['Sunil Kumaraswamy', ['cardiologist at Bendigo Health'], ['attendee']]]);
  });
});
