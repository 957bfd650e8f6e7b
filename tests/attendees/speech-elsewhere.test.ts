import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { namesRolesAndParts } from './found';

const names = (paragraphs: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions: [], lang })?.people.map((p) => p.name) ?? [];

// Speech from another time or place, written right after the verb or as the medium it went through, is not speech
// at the event; the people at the event still speak.
describe('speech from another time or place is not speech at the event (English)', () => {
  const meeting = 'The planning board met on Thursday, chaired by Mayor Rita Okafor. Resident Dan Poole told the board the road was unsafe.';

  it('"said last week", "told this newspaper last week", "said afterwards"', () => {
    expect(names([
      meeting,
      'In the capital, Deputy Minister Lin Hao said last week that funds were available.',
      'Kurt Baines, a developer, told this newspaper last week that the project would go ahead.',
      'Union organiser Gail Tran said afterwards that members would appeal.',
    ])).toEqual(['Rita Okafor', 'Dan Poole']);
  });

  it('another weekday than the meeting\'s, right after the verb', () => {
    expect(names([
      meeting,
      'The state\'s transport secretary, Ana Lisle, said Friday the state would not pay.',
      'A utility spokesperson, Joe Marr, said on Wednesday the plan was welcome.',
    ])).toEqual(['Rita Okafor', 'Dan Poole']);
  });

  it('the meeting\'s own weekday after the verb keeps the speaker', () => {
    expect(names([
      meeting,
      'Board member Lou Parrish said Thursday that the vote would be delayed.',
    ])).toEqual(['Rita Okafor', 'Dan Poole', 'Lou Parrish']);
  });

  it('a medium with a word before it ("in a Facebook post", "in a radio interview"), "outside court", "had announced"', () => {
    expect(names([
      meeting,
      'Councillor Bea Moss criticised the plan in a Facebook post.',
      'Senator Tom Hale said in a radio interview that he supported the road.',
      'Pastor Eli Grant said outside court that the family was relieved.',
      'Health Minister Ivy Chen had announced in parliament in March that a clinic would open.',
    ])).toEqual(['Rita Okafor', 'Dan Poole']);
  });

  it('content about another time after "that" does not block the speech', () => {
    expect(names([
      meeting,
      'Board member Lou Parrish said that the road had flooded last week and again on Friday.',
    ])).toEqual(['Rita Okafor', 'Dan Poole', 'Lou Parrish']);
  });
});

describe('at a press conference the press is the audience', () => {
  it('"told reporters" is speech at a press conference, not after a meeting', () => {
    expect(names([
      'Governor Lena Marsh chaired the central bank\'s press conference on Tuesday.',
      'Deputy governor Omar Haddad told reporters that rates would stay on hold.',
    ])).toEqual(['Lena Marsh', 'Omar Haddad']);
    expect(names([
      'Governor Lena Marsh chaired the board meeting on Tuesday.',
      'Deputy governor Omar Haddad told reporters that rates would stay on hold.',
    ])).toEqual(['Lena Marsh']);
  });
});

describe('speech from another time or place is not speech at the event (Vietnamese)', () => {
  it('"Trả lời báo chí …," opening the sentence', () => {
    expect(names([
      'Sáng 4-10, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến; đồng chí Lê Văn Hòa, Chủ tịch UBND tỉnh dự tại điểm cầu tỉnh.',
      'Trả lời báo chí trưa cùng ngày, ông Đặng Văn Tiến, Phó Giám đốc Đài Khí tượng cho biết bão sẽ đổ bộ tối nay.',
    ], 'vi')).toEqual(['Lê Văn Hòa']);
  });
  it('the one told or asked in the passive is not a speaker (Australian inquiry, UK council, US board)', () => {
    expect(namesRolesAndParts([
      'The committee met on Monday.',
      'Liberal MLC Stuart Pemberton asked whether Transport Minister Joanna Reid had been told of the delay before the budget.',
    ])).toEqual([['Stuart Pemberton', ['Liberal MLC'], ['speaker']]]);
    expect(namesRolesAndParts([
      'At the full council meeting, Councillor Ruth Ames said the chief executive, Paul Orr, had been repeatedly asked about the overspend.',
    ])).toEqual([['Ruth Ames', ['Councillor'], ['speaker']]]);
    // Asked or questioned at the sitting itself: there, spoken to.
    expect(namesRolesAndParts([
      'The Senate screened the nominees on Tuesday.',
      'A former governor, Dr Olu Adeyemi, was asked to take a bow and go after Senator Musa Bello moved that he be spared questioning.',
    ])).toEqual([
      ['Olu Adeyemi', ['former governor'], ['attendee']],
      ['Musa Bello', ['Senator'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'The school board met Tuesday. Trustee Dana Ruiz said Superintendent Mark Bell was praised by parents at the forum.',
    ])).toEqual([['Dana Ruiz', ['Trustee'], ['speaker']]]);
  });
});
