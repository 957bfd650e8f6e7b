import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


describe('title grammar (English)', () => {
  it('keeps a four-word Vietnamese name after an English title whole', () => {
    expect(namesRolesAndParts([
      'Minister of Transport Đặng Thị Thu Trang attended the hearing on Tuesday.',
    ])).toEqual([['Đặng Thị Thu Trang', ['Minister of Transport'], ['attendee']]]);
  });

  it('reads "the council\'s presiding officer" as a role that chairs, not as the verb "presiding"', () => {
    expect(namesRolesAndParts([
      "Deputy Mayor Lorna Vasquez-Bell, the council's presiding officer, led the session on Monday.",
    ])).toEqual([['Lorna Vasquez-Bell', ['Deputy Mayor', "council's presiding officer"], ['chair']]]);
  });

  it('reads a role in apposition before the name, with the title written next to it', () => {
    expect(namesRolesAndParts([
      'The Lord Provost, Cllr Morag Dunnet, presided over the meeting on Thursday.',
      'The Lord Provost thanked the volunteers.',
    ])).toEqual([['Morag Dunnet', ['Lord Provost', 'Cllr'], ['chair', 'speaker']]]);
  });

  it('reads list cues with the event named in them, and particles inside names', () => {
    expect(namesRolesAndParts([
      'Also attending the talks were Deputy Minister of Trade Lê Văn Khoa and Philippine Trade Secretary Maria dela Rosa.',
    ])).toEqual([
      ['Lê Văn Khoa', ['Deputy Minister of Trade'], ['attendee']],
      ['Maria dela Rosa', ['Philippine Trade Secretary'], ['attendee']],
    ]);
  });

  it('lets a day stand between the subject and its verb', () => {
    expect(namesRolesAndParts(['Planning Minister Rhoda Kamau-Njeri on Tuesday chaired a meeting on the drought.']))
      .toEqual([['Rhoda Kamau-Njeri', ['Planning Minister'], ['chair']]]);
  });

  it('gives a plural title to each name of its list, past an aside saying where they come from', () => {
    expect(namesRolesAndParts(['Cllrs Ada Quarrie, Ben Oduya and Cora Lind, of the Independent group, voted against the plan.']))
      .toEqual([
        ['Ada Quarrie', ['Cllr'], ['attendee']],
        ['Ben Oduya', ['Cllr'], ['attendee']],
        ['Cora Lind', ['Cllr'], ['attendee']],
      ]);
  });

  it('keeps a constituency before "MP" in the title, not as a person of its own', () => {
    expect(namesRolesAndParts(['Mayor Ivo Brandt and Harrow East MP Lina Sokol were among the guests.'])).toEqual([
      ['Ivo Brandt', ['Mayor'], ['attendee']],
      ['Lina Sokol', ['Harrow East MP'], ['attendee']],
    ]);
  });
});

describe('predicates and asides (English)', () => {
  it('lets a participle aside stand between the subject and its verb', () => {
    expect(namesRolesAndParts([
      'The planning board heard the application on Monday.',
      'Attorney Ruth Bellamy-Ng, representing the applicant, told the board the depot would bring 90 jobs.',
    ])).toEqual([['Ruth Bellamy-Ng', ['Attorney'], ['speaker']]]);
  });

  it('joins two titled people each followed by where they come from', () => {
    expect(namesRolesAndParts([
      'Deputy Lâm Văn Tiến of Sóc Trăng Province and Deputy Hồ Thị Lụa of Bến Tre Province raised questions at the session.',
    ])).toEqual([
      ['Lâm Văn Tiến', ['Deputy'], ['speaker']],
      ['Hồ Thị Lụa', ['Deputy'], ['speaker']],
    ]);
  });

  it('keeps a four-word name after a title, and a title of three words before it', () => {
    expect(namesRolesAndParts([
      'Mayor Pro Tem Iris Calloway chaired the meeting, which was attended by Tampines MP Grace Lim Mei Xin.',
    ])).toEqual([
      ['Iris Calloway', ['Mayor Pro Tem'], ['chair']],
      ['Grace Lim Mei Xin', ['Tampines MP'], ['attendee']],
    ]);
  });
});

describe('two verbs of one subject', () => {
  it('gives the second verb, joined by "and", to the first one\'s subject', () => {
    expect(namesRolesAndParts([
      'Board Chair Nadia Okoro-Lund gaveled in the meeting at 7 p.m. and told trustees the budget was balanced.',
    ])).toEqual([['Nadia Okoro-Lund', ['Board Chair'], ['chair', 'speaker']]]);
  });

  it('does not reach past a person named between the verbs', () => {
    expect(namesRolesAndParts([
      'Board Chair Nadia Okoro-Lund gaveled in the meeting and Trustee Ivan Petrov told trustees the budget was short.',
    ])).toEqual([['Nadia Okoro-Lund', ['Board Chair'], ['chair']], ['Ivan Petrov', ['Trustee'], ['speaker']]]);
  });
});

describe('signing and later mentions', () => {
  it('lists those who sign, and joins a later first family name to the full name', () => {
    expect(namesRolesAndParts([
      'Trade Minister Lucía Paredes Soto and Mayor Ken Aldous signed the memorandum at City Hall on Friday.',
      'Paredes told the audience the port deal would double fruit exports.',
    ])).toEqual([
      ['Lucía Paredes Soto', ['Trade Minister'], ['attendee', 'speaker']],
      ['Ken Aldous', ['Mayor'], ['attendee']],
    ]);
  });

  it('lists Vietnamese signatories', () => {
    expect(namesRolesAndParts(['Ông Lý Văn Hưng, Giám đốc Sở Công Thương và bà Kim Soo-ah ký biên bản ghi nhớ hợp tác.'], 'vi'))
      .toEqual([
        ['Lý Văn Hưng', ['Giám đốc Sở Công Thương'], ['attendee']],
        ['Kim Soo-ah', [], ['attendee']],
      ]);
  });
});

describe('title grammar (Vietnamese)', () => {
  it('reads a name right after a title ending in "tỉnh", but not a street named after someone', () => {
    expect(namesRolesAndParts(['Chủ tịch UBND tỉnh Hoàng Văn Tư chủ trì hội nghị về tuyến đường Lê Văn Sỹ.'], 'vi'))
      .toEqual([['Hoàng Văn Tư', ['Chủ tịch UBND tỉnh'], ['chair']]]);
  });

  it('gives a cue after the list to every name of it, past "cùng" and semicolons', () => {
    expect(namesRolesAndParts([
      'Đồng chí Lò Văn Sinh, Trưởng Ban Dân vận Tỉnh ủy; Chủ tịch Hội Nông dân tỉnh Hà Thị Nga và ông Vi Văn Tám, ' +
        'Giám đốc Sở Công Thương cùng tham dự và phát biểu tại hội nghị.',
    ], 'vi')).toEqual([
      ['Lò Văn Sinh', ['Trưởng Ban Dân vận Tỉnh ủy'], ['attendee', 'speaker']],
      ['Hà Thị Nga', ['Chủ tịch Hội Nông dân tỉnh'], ['attendee', 'speaker']],
      ['Vi Văn Tám', ['Giám đốc Sở Công Thương'], ['attendee', 'speaker']],
    ]);
  });

  it('closes a role before "và các <title>:" that opens a list of its own', () => {
    expect(namesRolesAndParts([
      'Đồng chí Mạc Văn Lộc, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh: Đinh Thị Yến, Lục Văn Hào điều hành kỳ họp.',
    ], 'vi')).toEqual([
      ['Mạc Văn Lộc', ['Chủ tịch HĐND tỉnh'], ['chair']],
      ['Đinh Thị Yến', ['Phó Chủ tịch HĐND tỉnh'], ['chair']],
      ['Lục Văn Hào', ['Phó Chủ tịch HĐND tỉnh'], ['chair']],
    ]);
  });
});

describe('plural titles over lists (Vietnamese)', () => {
  it('gives the plural title to each item, before the rank written next to the name', () => {
    expect(namesRolesAndParts([
      'Cùng dự có các Phó Trưởng Ban Chỉ đạo: Đại tá Lương Văn Kiên, Giám đốc Công an tỉnh; ' +
        'Đại tá Nông Văn Quyết, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.',
    ], 'vi')).toEqual([
      ['Lương Văn Kiên', ['Phó Trưởng Ban Chỉ đạo', 'Đại tá', 'Giám đốc Công an tỉnh'], ['attendee']],
      ['Nông Văn Quyết', ['Phó Trưởng Ban Chỉ đạo', 'Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'], ['attendee']],
    ]);
  });

  it('reads "các đồng chí <title>:" and carries the title past a semicolon', () => {
    expect(namesRolesAndParts([
      'Cùng chủ trì có các đồng chí Phó Bí thư Tỉnh ủy: Vi Thị Mến, Chủ tịch UBND tỉnh; Hà Văn Dũng, Chủ tịch HĐND tỉnh.',
    ], 'vi')).toEqual([
      ['Vi Thị Mến', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], ['chair']],
      ['Hà Văn Dũng', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], ['chair']],
    ]);
  });
});
