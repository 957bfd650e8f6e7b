import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Event wording met in real reports of several countries that the finder did not read.
describe('event wording of real reports', () => {
  it('reads speeches, prayers and sermons at a ceremony or service (UK civic, Ghanaian and Jamaican church)', () => {
    expect(namesRolesAndParts([
      'There were speeches from the Lord Mayor, Carl Boyd, and the Town Clerk, Ama Reed.',
      'The service opened with a prayer led by Pastor John Mensah.',
      'Prime Minister Everton Grant read the first lesson, and the Rt Rev. Howard Barrett, Anglican Bishop of Port Ellis, preached the sermon.',
    ])).toEqual([
      ['Carl Boyd', ['Lord Mayor'], ['speaker']],
      ['Ama Reed', ['Town Clerk'], ['speaker']],
      ['John Mensah', ['Pastor'], ['speaker']],
      ['Everton Grant', ['Prime Minister'], ['speaker']],
      ['Howard Barrett', ['Anglican Bishop of Port Ellis'], ['speaker']],
    ]);
  });

  it('reads presence told with an aside, an oath, or a part in the meeting (Australian, US, Indian)', () => {
    expect(namesRolesAndParts([
      'Also present at the ceremony, which began at 8pm, were Dr Ann Lee and Mayor Tom Hart.',
    ])).toEqual([['Ann Lee', [], ['attendee']], ['Tom Hart', ['Mayor'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Judge Alan Park was sworn into office on Monday.',
      'Councillor Mia Tan took the oath of office before the clerk.',
    ])).toEqual([['Alan Park', ['Judge'], ['attendee']], ['Mia Tan', ['Councillor'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Chief Secretary Anil Jena and Finance Secretary Priya Rao were part of the review meeting.',
    ])).toEqual([['Anil Jena', ['Chief Secretary'], ['attendee']], ['Priya Rao', ['Finance Secretary'], ['attendee']]]);
  });

  it('reads meetings and press conferences someone holds, and calls received (Indian, Nigerian, Philippine)', () => {
    expect(namesRolesAndParts([
      'Chief Minister Ravi Rao held his first review meeting with Collector Meena Iyer on Monday.',
    ])).toEqual([['Ravi Rao', ['Chief Minister'], ['attendee']], ['Meena Iyer', ['Collector'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Police Commissioner Jane Obi held a press conference at headquarters on Friday.',
    ])).toEqual([['Jane Obi', ['Police Commissioner'], ['speaker']]]);
    expect(namesRolesAndParts([
      'Governor Ann Lee received a courtesy call from the Japanese Ambassador, Kenji Sato, on Tuesday.',
    ])).toEqual([['Ann Lee', ['Governor'], ['attendee']], ['Kenji Sato', ['Japanese Ambassador'], ['attendee']]]);
  });

  it('lists the member asked a question in the chamber (Irish Dáil, Australian Senate)', () => {
    expect(namesRolesAndParts([
      "Deputy Ciara Walsh asked the Taoiseach, Eamon Byrne, about rents during Leaders' Questions on Tuesday.",
    ])).toEqual([['Ciara Walsh', ['Deputy'], ['speaker']], ['Eamon Byrne', ['Taoiseach'], ['attendee']]]);
    expect(namesRolesAndParts([
      'At the hearing on Tuesday, Senator Ann Cole asked Minister Tom Hale about the delays.',
    ])).toEqual([['Ann Cole', ['Senator'], ['speaker']], ['Tom Hale', ['Minister'], ['attendee']]]);
  });

  it('lists no one where the same words tell of no event', () => {
    expect(namesRolesAndParts([
      'Police Commissioner Jane Obi will hold a press conference next week.',
      'Pastor John Mensah said the church would reopen.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'Senator Ann Cole asked Minister Tom Hale in a letter last week to explain the delays.',
    ])).toEqual([]);
  });

  it('reads chambers by name, marches, chairing in a clause and awards handed out (Irish, South African, Indian, US)', () => {
    expect(namesRolesAndParts([
      'Taoiseach Eamon Byrne, telling the Dáil that rents had peaked, rejected the motion.',
    ])).toEqual([['Eamon Byrne', ['Taoiseach'], ['speaker']]]);
    expect(namesRolesAndParts([
      'Union president Thabo Nkosi, who joined the march, accused the minister of ignoring workers.',
    ])).toEqual([['Thabo Nkosi', ['Union president'], ['attendee', 'speaker']]]);
    expect(namesRolesAndParts([
      'Chief Minister Ravi Rao, chairing her final conference, urged officials to act.',
    ])).toEqual([['Ravi Rao', ['Chief Minister'], ['chair', 'speaker']]]);
    expect(namesRolesAndParts([
      'Mayor Ann Lee presented citations to firefighter Joe Bloggs and volunteer Kylie Hobbs at the ceremony.',
    ])).toEqual([
      ['Ann Lee', ['Mayor'], ['attendee']],
      ['Joe Bloggs', ['firefighter'], ['attendee']],
      ['Kylie Hobbs', ['volunteer'], ['attendee']],
    ]);
  });

  it('reads initials without stops after a title, and a label glued to the name (Nepali, Indian, Canadian minutes)', () => {
    expect(namesRolesAndParts([
      'Prime Minister KP Sharma Oli chaired the cabinet meeting on Sunday.',
      'Chief Secretary PK Jena and Shri KV Singh Deo attended the meeting.',
    ])).toEqual([
      ['KP Sharma Oli', ['Prime Minister'], ['chair']],
      ['PK Jena', ['Chief Secretary'], ['attendee']],
      ['KV Singh Deo', [], ['attendee']],
    ]);
    expect(namesRolesAndParts(['Moved by:Councillor Sam Martin Seconded by:Councillor Joy Ng'])).toEqual([
      ['Sam Martin', ['Councillor'], ['speaker']],
      ['Joy Ng', ['Councillor'], ['speaker']],
    ]);
  });

  it('keeps acronyms before a title out of the name', () => {
    expect(namesRolesAndParts([
      'UN Secretary-General Ana Lopes attended the summit with NHS England chief Tom Hale.',
    ])).toEqual([['Ana Lopes', ['UN Secretary-General'], ['attendee']], ['Tom Hale', ['NHS England chief'], ['attendee']]]);
  });

  it('reads an AGM officer reading the minutes and giving a report (Irish club, UK charity)', () => {
    expect(namesRolesAndParts([
      'The Ballinroe club held its AGM in the clubhouse on Friday night.',
      'Secretary Áine Brennan read the minutes and gave her report.',
      'Treasurer Colm Fitzgerald presented the accounts.',
    ])).toEqual([['Áine Brennan', ['Secretary'], ['speaker']], ['Colm Fitzgerald', ['Treasurer'], ['speaker']]]);
  });

  it('reads votes, a seat on the dais, remote attendance, a visit and a welcome as presence (US, Australian)', () => {
    expect(namesRolesAndParts([
      'Board President Marisol Echeverria presided over the meeting on Monday.',
      'Trustees Bill Hanrahan and Keisha Durant joined her on the dais; Trustee Patricia Lowe attended by phone.',
      'Councilmembers Ray Dubois and Tasha Whitfield cast the no votes, and Cr Helen Marsh backed the motion.',
    ])).toEqual([
      ['Marisol Echeverria', ['Board President'], ['chair']],
      ['Bill Hanrahan', ['Trustee'], ['attendee']],
      ['Keisha Durant', ['Trustee'], ['attendee']],
      ['Patricia Lowe', ['Trustee'], ['attendee']],
      ['Ray Dubois', ['Councilmember'], ['attendee']],
      ['Tasha Whitfield', ['Councilmember'], ['attendee']],
      ['Helen Marsh', ['Cr'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'The Governor of Tasmania, Margaret Ellery, visited Glenvale on Thursday to present bravery awards.',
      'Mrs Ellery was welcomed by Glenvale Mayor Peter Dwyer.',
    ])).toEqual([
      ['Margaret Ellery', ['Governor of Tasmania'], ['attendee']],
      ['Peter Dwyer', ['Glenvale Mayor'], ['attendee']],
    ]);
  });

  it('reads a panel, the people flanking a host, and a company word in a titled name (US, UK)', () => {
    expect(namesRolesAndParts([
      'The panel, moderated by journalist Kate Moss, included economist Raj Patel, banker Sue Lin and Senator Tom Hale.',
    ])).toEqual([
      ['Kate Moss', ['journalist'], ['chair']],
      ['Raj Patel', ['economist'], ['attendee', 'speaker']],
      ['Sue Lin', ['banker'], ['attendee', 'speaker']],
      ['Tom Hale', ['Senator'], ['attendee', 'speaker']],
    ]);
    expect(namesRolesAndParts([
      'Joining the mayor on stage were Police Chief Dave Marr and Fire Chief Lena Ortiz.',
      'Those who spoke in favour included resident Mary Smith and business owner Joe Park.',
    ])).toEqual([
      ['Dave Marr', ['Police Chief'], ['attendee']],
      ['Lena Ortiz', ['Fire Chief'], ['attendee']],
      ['Mary Smith', ['resident'], ['speaker']],
      ['Joe Park', ['owner'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'Present were representatives of developer Wealdon Homes and Mayor Ann Lee.',
    ]).map(([name]) => name)).toEqual(['Ann Lee']);
  });

  it('reads a list whose verb comes after company brought along (Indian state review meeting)', () => {
    expect(namesRolesAndParts([
      'Chief Secretary Anil Jena, Finance Secretary Priya Rao and Police Chief Raj Mehta, along with other officials, were present at the meeting.',
    ])).toEqual([
      ['Anil Jena', ['Chief Secretary'], ['attendee']],
      ['Priya Rao', ['Finance Secretary'], ['attendee']],
      ['Raj Mehta', ['Police Chief'], ['attendee']],
    ]);
    // A description between the subject and its verb still keeps a plain news story out.
    expect(namesRolesAndParts([
      'Retired farmer Tom Hale, a critic of the scheme for a decade, said the canal would never be finished.',
    ])).toEqual([]);
  });

  it('reads who a press conference transcript introduces (US police briefing)', () => {
    expect(namesRolesAndParts([
      "I'd like to introduce everybody on the stage: Jane Doe, police chief; Tom Roe, district attorney; and Ann Poe, sheriff.",
    ])).toEqual([
      ['Jane Doe', ['police chief'], ['attendee']],
      ['Tom Roe', ['district attorney'], ['attendee']],
      ['Ann Poe', ['sheriff'], ['attendee']],
    ]);
    expect(namesRolesAndParts(['Joining me today are Police Chief Jane Doe and District Attorney Tom Roe.'])).toEqual([
      ['Jane Doe', ['Police Chief'], ['attendee']],
      ['Tom Roe', ['District Attorney'], ['attendee']],
    ]);
  });

  it('keeps a list item whose title opens in lowercase, and a relative clause out of the event\'s time (US county)', () => {
    expect(namesRolesAndParts([
      'County Judge Tom Brannigan, Commissioners Lupe Vargas and Dale Hutchins, and former Sheriff Clint Rowe, who retired in October after 20 years in office, were on hand for the ceremony.',
    ])).toEqual([
      ['Tom Brannigan', ['County Judge'], ['attendee']],
      ['Lupe Vargas', ['Commissioner'], ['attendee']],
      ['Dale Hutchins', ['Commissioner'], ['attendee']],
      ['Clint Rowe', ['former Sheriff'], ['attendee']],
    ]);
  });

  it('reads "the chairperson" as whoever was found chairing (Pakistani Senate committee)', () => {
    expect(namesRolesAndParts([
      'The meeting, presided over by Senator Rukhsana Baloch, was attended by Senators Faisal Qureshi and Aamir Khattak.',
      'The chairperson expressed displeasure at the absence of the minister.',
    ])).toEqual([
      ['Rukhsana Baloch', ['Senator'], ['chair', 'speaker']],
      ['Faisal Qureshi', ['Senator'], ['attendee']],
      ['Aamir Khattak', ['Senator'], ['attendee']],
    ]);
    // Two chairs: the title names neither.
    expect(namesRolesAndParts([
      'The talks were co-chaired by Minister Ana Diaz and Minister Kenji Sato.',
      'The chair said the talks were useful.',
    ])).toEqual([['Ana Diaz', ['Minister'], ['chair']], ['Kenji Sato', ['Minister'], ['chair']]]);
  });

  it('reads captions in the present and a role in brackets after the name (Pacific, Pakistani, Malaysian)', () => {
    expect(namesRolesAndParts([], 'en', ['With her in the photo are (from left) Mayor Ann Lee, Cr Bob Hill and Dr Sam Ray.'])).toEqual([
      ['Ann Lee', ['Mayor'], ['attendee']], ['Bob Hill', ['Cr'], ['attendee']], ['Sam Ray', [], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Speeches were delivered by Mr Ken Ito, Mr Raj Das (party leader), and Mr Leo Fox.',
    ])).toEqual([['Ken Ito', [], ['speaker']], ['Raj Das', ['party leader'], ['speaker']], ['Leo Fox', [], ['speaker']]]);
    expect(namesRolesAndParts([
      'Present: Mayor Aroha Whitcombe (in the Chair) and Councillor Liam Pattison.',
    ])).toEqual([['Aroha Whitcombe', ['Mayor'], ['chair']], ['Liam Pattison', ['Councillor'], ['attendee']]]);
  });
});

describe('who attended, told as a relative clause', () => {
  it('reads "Those who attended the swearing-in included A and B" (Indian daily)', () => {
    expect(namesRolesAndParts([
      'Those who attended the swearing-in included Speaker Tom Hill and Chief Justice Mary Oduya.',
    ])).toEqual([
      ['Tom Hill', ['Speaker'], ['attendee']],
      ['Mary Oduya', ['Chief Justice'], ['attendee']],
    ]);
  });
  it('reads a company\'s results call: those who told analysts or spoke on the call (wire, UK and Australian business pages)', () => {
    expect(namesRolesAndParts([
      'Harlow Foods reported a 12% rise in quarterly profit on Thursday.',
      'Chief executive Dana Whitcombe told analysts on a conference call that demand had held up in Europe.',
      'Chief financial officer Raj Menon said on the call that margins would improve next year.',
    ])).toEqual([
      ['Dana Whitcombe', ['Chief executive'], ['speaker']],
      ['Raj Menon', ['Chief financial officer'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'Speaking on the group\'s results call, finance director Priya Kaur said the dividend would be held.',
      'Chairman Sir Alan Rudd did not join the call.',
    ])).toEqual([['Priya Kaur', ['finance director'], ['speaker']]]);
    expect(namesRolesAndParts([
      'Managing director Shane O\'Dowd told investors on an earnings call that the company would not chase lower-margin work.',
    ])).toEqual([['Shane O\'Dowd', ['Managing director'], ['speaker']]]);
    // A release, a call to come and a call for action report no call that took place.
    expect(namesRolesAndParts([
      'Chief executive Dana Whitcombe said in a news release that the company had met every target.',
      'Whitcombe will discuss the results with analysts on a conference call next week.',
      'Union leader Mo Hassan renewed his call for a pay rise.',
    ])).toEqual([]);
  });
  it('reading a letter or a statement out at the meeting is speaking there; appearing alongside a witness is presence', () => {
    expect(namesRolesAndParts([
      'The planning commission heard from residents on Thursday.',
      'Gail Summers read a letter from her neighbour, Ed Vance, who could not attend.',
    ])).toEqual([['Gail Summers', [], ['speaker']]]);
    expect(namesRolesAndParts([
      'Justice Carol Henry, presiding, sentenced Dwayne Cole to 25 years.',
      'Sharon Mills read a victim impact statement on behalf of the family.',
    ])).toEqual([
      ['Carol Henry', ['Justice'], ['chair']],
      ['Sharon Mills', [], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'The chief executive, Fiona Castle, appeared before the inquiry on Monday.',
      'Appearing alongside her, chief engineer Bao Tran said the cutter head had to be replaced.',
    ])).toEqual([
      ['Fiona Castle', ['chief executive'], ['attendee']],
      ['Bao Tran', ['chief engineer'], ['attendee', 'speaker']],
    ]);
    // An honour conferred at the ceremony is presence; "and briefly addressed" is the same person's second verb.
    expect(namesRolesAndParts([
      'The convocation was held on Monday.',
      'Dr Anita Rao was conferred an honorary doctorate at the ceremony and briefly addressed the graduates.',
    ])).toEqual([['Anita Rao', [], ['attendee', 'speaker']]]);
    // A statement read outside a court, with no event shown, lists no one.
    expect(namesRolesAndParts([
      'Outside the courthouse, family lawyer Tom Reyes read a statement asking for privacy.',
    ])).toEqual([]);
  });
});
