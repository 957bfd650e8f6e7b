import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


describe('the sides of talks and who a meeting met (English)', () => {
  it('"The <country> side included", and "A and his counterpart B went into a one-on-one meeting" (South Asia)', () => {
    expect(namesRolesAndParts([
      'Prime Minister Arun Mehta and his Nepali counterpart Bishnu Adhikari went into a one-on-one meeting after the summit opened.',
      'The Indian side included Foreign Secretary Kavita Rao and National Security Adviser Vikram Sethi.',
    ])).toEqual([
      ['Arun Mehta', ['Prime Minister'], ['attendee']],
      ['Bishnu Adhikari', ['Nepali counterpart'], ['attendee']],
      ['Kavita Rao', ['Foreign Secretary'], ['attendee']],
      ['Vikram Sethi', ['National Security Adviser'], ['attendee']],
    ]);
  });

  it('"They included" the people met, a title holding an organisation\'s name with "of", "among others" (Kenya)', () => {
    expect(namesRolesAndParts([
      'Senators met heads of oversight institutions at a retreat in Naivasha on Friday.',
      'They included Auditor-General Miriam Achola and Council of Governors chair Peter Wekesa.',
      'The meeting was also attended by, among others, Devolution Principal Secretary Agnes Kerubo.',
    ])).toEqual([
      ['Miriam Achola', ['Auditor-General'], ['attendee']],
      ['Peter Wekesa', ['Council of Governors chair'], ['attendee']],
      ['Agnes Kerubo', ['Devolution Principal Secretary'], ['attendee']],
    ]);
  });

  it('an office held ("who also chairs …") is not the chair of this meeting', () => {
    expect(namesRolesAndParts([
      'Deputy Speaker Joseph Kiptoo, who also chairs the liaison committee, said at the committee meeting that summonses were ignored.',
    ])).toEqual([['Joseph Kiptoo', ['Deputy Speaker'], ['speaker']]]);
  });
});

describe('council and senate minutes (English)', () => {
  it('a bracket with the honorific\'s article, "By Invitation:", a member declaring an interest (Australia, UK)', () => {
    expect(namesRolesAndParts([
      'Present: the Chancellor (Dr Ruth Calloway) in the Chair, the Pro Chancellor (The Hon Justice Mark Ellery), Dr Sam Whitlock.',
      'By Invitation: the Director of Legal Services (Mr Ken Hadley).',
      'Councillor Rosa Lindqvist declared a personal and prejudicial interest in the planning item.',
    ])).toEqual([
      ['Ruth Calloway', ['Chancellor'], ['chair']],
      ['Mark Ellery', ['Pro Chancellor', 'Justice'], ['attendee']],
      ['Sam Whitlock', [], ['attendee']],
      ['Ken Hadley', ['Director of Legal Services'], ['attendee']],
      ['Rosa Lindqvist', ['Councillor'], ['attendee']],
    ]);
  });

  it('"moved by" and "seconded by" give the speakers of a motion', () => {
    expect(namesRolesAndParts([
      'It was moved by Councillor Mei Hamilton, seconded by Councillor Jonas Gruen, that the minutes be approved.',
    ])).toEqual([
      ['Mei Hamilton', ['Councillor'], ['speaker']],
      ['Jonas Gruen', ['Councillor'], ['speaker']],
    ]);
  });
});

describe('attendance told in other words (English)', () => {
  it('"were on hand for", "sent X in her place", a panel that "featured" its speakers', () => {
    expect(namesRolesAndParts([
      'Lt. Gov. Denise Orr and Attorney General Paul Vanterpool were on hand for the swearing-in ceremony.',
      'Finance Minister Kartika Purnamasari did not attend and sent Deputy Minister Yusuf Maulana in her place.',
      'The panel on digital money featured Ledgerline co-founder Sofia Lindqvist-Osei and economist Omar Haddad.',
    ]).map((p) => [p[0], p[2]])).toEqual([
      ['Denise Orr', ['attendee']],
      ['Paul Vanterpool', ['attendee']],
      ['Yusuf Maulana', ['attendee']],
      // A panel's members speak on it (as "included" after a panel already said).
      ['Sofia Lindqvist-Osei', ['attendee', 'speaker']],
      ['Omar Haddad', ['attendee', 'speaker']],
    ]);
  });
});

describe('more wordings of chairing and presence (English)', () => {
  it('"gaveled the meeting to order", "joined at the witness table by", "were among the ministers who signed"', () => {
    expect(namesRolesAndParts([
      'Board President Celeste Ambrose-Whitley gaveled the meeting to order at 6:30 p.m.',
      'Managing director Graham Ashdown was joined at the witness table by operations director Priyanka Sethi.',
      'Thai Energy Minister Kittipong Charoenwattana and Lao Deputy Minister Somphone Keola were among the ministers who signed the grid memorandum.',
    ]).map((p) => [p[0], p[2]])).toEqual([
      ['Celeste Ambrose-Whitley', ['chair']],
      // The one joined at the table is there as much as the one who joins him.
      ['Graham Ashdown', ['attendee']],
      ['Priyanka Sethi', ['attendee']],
      ['Kittipong Charoenwattana', ['attendee']],
      ['Somphone Keola', ['attendee']],
    ]);
  });

  it('a future word inside a quotation does not move the chair out of the room', () => {
    expect(namesRolesAndParts(['"We will not raise the dividend," said chairman Sir Nigel Brampton, who presided over the meeting.']))
      .toEqual([['Nigel Brampton', ['chairman'], ['chair', 'speaker']]]);
  });

  it('a title with its article between two names is the second name\'s', () => {
    expect(namesRolesAndParts([
      'Under questioning from Liberal senator Bronwyn Tregear at the hearing, the department\'s secretary, Matthew Kealy, said claims were slow.',
    ]).map((p) => [p[0], p[1]])).toContainEqual(['Matthew Kealy', ["department's secretary"]]);
  });
});

