import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Two sides meeting, in the wordings newsrooms use besides "met", and district reviews in South Asian press.
describe('two-sided meetings and reviews', () => {
  it('reads "talked with" and "spoke with" a named person as a meeting (wire copy, local daily)', () => {
    expect(namesRolesAndParts([
      'Prime Minister Anthony Kerr talked with President Lee Min-ho on the sidelines of the summit on Tuesday.',
    ])).toEqual([
      ['Anthony Kerr', ['Prime Minister'], ['attendee']],
      ['Lee Min-ho', ['President'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      "The mayor, Ruth Pike, spoke with Chief Tom Walker during Thursday's visit.",
    ])).toEqual([
      ['Ruth Pike', ['mayor'], ['attendee']],
      ['Tom Walker', ['Chief'], ['attendee']],
    ]);
  });

  it('reads the host and the guest of a reception (Ghanaian state broadcaster)', () => {
    expect(namesRolesAndParts([
      'Governor Ama Mensah hosted a reception for Ambassador Erik Lund and his delegation at State House.',
    ])).toEqual([
      ['Ama Mensah', ['Governor'], ['attendee']],
      ['Erik Lund', ['Ambassador'], ['attendee']],
    ]);
  });

  it('lists no one who spoke with the press or a newspaper', () => {
    expect(namesRolesAndParts(['Senator Ann Cole spoke with reporters after the vote.'])).toEqual([]);
    expect(namesRolesAndParts(['Premier Joe Hart spoke with The Guardian on Monday about the budget.'])).toEqual([]);
  });

  it('reads a district review as chaired by the officer who held it (Indian regional daily)', () => {
    expect(namesRolesAndParts([
      'District Collector Smt. R. Priya reviewed the progress of welfare schemes with officials at the Collectorate on Friday.',
      'Superintendent of Police Arjun Mehta, IPS, and Project Director Kavita Rao were present.',
    ])).toEqual([
      ['R. Priya', ['District Collector'], ['chair']],
      ['Arjun Mehta', ['Superintendent of Police'], ['attendee']],
      ['Kavita Rao', ['Project Director'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'DC Rajesh Kumar presided over the District Development Coordination meeting.',
    ])).toEqual([['Rajesh Kumar', ['DC'], ['chair']]]);
  });

  it('lists no one for a review still to come', () => {
    expect(namesRolesAndParts([
      'Deputy Commissioner Simran Kaur will review the progress of the works with officials next week.',
    ])).toEqual([]);
  });
});

describe('what was said at a review, told in Commonwealth reporting verbs', () => {
  it('gives the minister, the officers and a member who "directed", "requested" or joined by video their parts', () => {
    expect(namesRolesAndParts([
      'Minister for Revenue Shri K. Rama Rao chaired a review meeting on flood preparedness at the Collectorate on Monday. The meeting was attended by District Collector Smt. P. Lavanya and Joint Collector M. Suresh.',
      'Additional Chief Secretary Shri Sanjeev Mathur participated through video conference from the capital.',
      'Reviewing the arrangements, the Minister directed officials to keep relief centres ready.',
      'MLA Shri D. Venkat, who was also present, requested the Minister to sanction a new culvert.',
      'Chief Minister Shri N. Prabhu had on Saturday told a press meet that every district must finish its review.',
    ])).toEqual([
      ['K. Rama Rao', ['Minister for Revenue'], ['chair', 'speaker']],
      ['P. Lavanya', ['District Collector'], ['attendee']],
      ['M. Suresh', ['Joint Collector'], ['attendee']],
      ['Sanjeev Mathur', ['Additional Chief Secretary'], ['attendee']],
      ['D. Venkat', ['MLA'], ['attendee', 'speaker']],
    ]);
  });

  it('does not make the one asked to do something a speaker', () => {
    expect(namesRolesAndParts([
      'Health Minister Leah Okon addressed the hearing on Tuesday. She said she had asked the chief executive, Dr Paul Renner, to report by Friday.',
    ])).toEqual([['Leah Okon', ['Health Minister'], ['speaker']]]);
  });
});

describe('a list of officials closed by a group before "were present"', () => {
  it('takes the named officials (Bangladeshi state news agency)', () => {
    expect(namesRolesAndParts([
      'Minister Md Karim Uddin presided over a meeting on monsoon preparedness at the Secretariat on Monday.',
      'Senior Secretary of the Roads Division Mohammad Habib Rahman, City Corporation Chief Executive Officer Nasrin Akter and chief engineers of the two departments were present, among others.',
    ])).toEqual([
      ['Md Karim Uddin', ['Minister'], ['chair']],
      ['Mohammad Habib Rahman', ['Senior Secretary of the Roads Division'], ['attendee']],
      ['Nasrin Akter', ['City Corporation Chief Executive Officer'], ['attendee']],
    ]);
  });
});

describe('both sides as the subject of the talks', () => {
  it('reads "held talks", "exchanged views" and "led their respective delegations" (Philippine and Malaysian wire copy)', () => {
    expect(namesRolesAndParts([
      'Foreign Minister Ana Cruz and her counterpart Kenji Sato, held talks in Manila on Monday.',
      'Ministers Ana Cruz and Kenji Sato led their respective delegations.',
    ])).toEqual([
      ['Ana Cruz', ['Foreign Minister'], ['attendee']],
      ['Kenji Sato', ['counterpart'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Prime Minister Ravi Rao and President Ali Khan exchanged views on trade at the summit on Tuesday.',
    ])).toEqual([
      ['Ravi Rao', ['Prime Minister'], ['attendee']],
      ['Ali Khan', ['President'], ['attendee']],
    ]);
  });

  it('lists no one who will hold talks', () => {
    expect(namesRolesAndParts(['Foreign Minister Ana Cruz will hold talks with Kenji Sato next week.'])).toEqual([]);
  });
});

describe('a chair named at the end of the sentence', () => {
  it('reads "with DC X in the chair." (Pakistani daily)', () => {
    expect(namesRolesAndParts([
      'A meeting of the district committee was held on Monday with DC Ravi Kumar in the chair.',
      'SP Anil Rao was also present.',
    ])).toEqual([
      ['Ravi Kumar', ['DC'], ['chair']],
      ['Anil Rao', ['SP'], ['attendee']],
    ]);
  });
  it('talks by telephone or online are talks: both sides take part (Vietnamese, Kenyan, Australian styles)', () => {
    expect(namesRolesAndParts([
      'Sáng 12/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng New Zealand Christopher Luxon.',
    ], 'vi')).toEqual([
      ['Phạm Minh Chính', ['Thủ tướng'], ['attendee']],
      ['Christopher Luxon', ['Thủ tướng New Zealand'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Chiều 5/6, Chủ tịch UBND tỉnh Trần Hồng Minh hội đàm trực tuyến với ngài Nirat Pongsittithavorn, Tỉnh trưởng Chiang Mai.',
    ], 'vi')).toEqual([
      ['Trần Hồng Minh', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Nirat Pongsittithavorn', ['Tỉnh trưởng Chiang Mai'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'President Wilson Kiprotich spoke by telephone with Prime Minister Helen Marsh on Monday about the grain corridor.',
    ])).toEqual([
      ['Wilson Kiprotich', ['President'], ['attendee']],
      ['Helen Marsh', ['Prime Minister'], ['attendee']],
    ]);
    // A call still to come is none.
    expect(namesRolesAndParts([
      'Theo kế hoạch, Chủ tịch nước Lương Cường sẽ điện đàm với Tổng thống Indonesia Prabowo Subianto vào tuần tới.',
    ], 'vi')).toEqual([]);
  });
});
