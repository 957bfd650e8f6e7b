import { describe, expect, it } from 'vitest';
import { namesAndParts, namesRolesAndParts } from './found';

// Council and board stories often say no more about the event than that the body met or voted, then quote its
// members: the body's meeting is the event, and a member named by title and surname alone is still a person.
describe('a body meeting in the past tense is the event', () => {
  it('reads a US council vote told through quotes', () => {
    expect(namesRolesAndParts([
      'The Millbrook City Council voted 5-2 Tuesday night to raise downtown parking fees.',
      'Councilwoman Dana Ortiz said the increase was overdue.',
      'Councilman Ruiz, who cast one of the no votes, said merchants had not been consulted.',
    ])).toEqual([
      ['Dana Ortiz', ['Councilwoman'], ['speaker']],
      ['Ruiz', ['Councilman'], ['speaker']],
    ]);
  });

  it('reads British councillors approving a plan', () => {
    expect(namesAndParts([
      'Councillors narrowly approved the plans at County Hall on Wednesday.',
      'Cllr Hughes, the cabinet member for transport, said the scheme would cut congestion.',
      'Cllr Priya Mann said residents had been ignored.',
    ])).toEqual([['Hughes', ['speaker']], ['Priya Mann', ['speaker']]]);
  });

  it('reads an Australian council meeting and its motion', () => {
    expect(namesRolesAndParts([
      'Council met on Monday night for its final meeting of the year.',
      'Cr Okafor moved that the report be received, seconded by Cr Lyle.',
    ])).toEqual([['Okafor', ['Cr'], ['speaker']], ['Lyle', ['Cr'], ['speaker']]]);
  });

  it('reads a committee hearing submissions', () => {
    expect(namesAndParts([
      'The committee heard submissions from 40 residents over two days.',
      'Sam Te Aho told the committee the plan ignored flooding.',
    ])).toEqual([['Sam Te Aho', ['speaker']]]);
  });

  it('joins a title and surname to the full name given earlier', () => {
    expect(namesRolesAndParts([
      'The school board voted unanimously Monday to close Whitfield Elementary.',
      'Trustee Maria Delgado-Reyes said the decision broke her heart.',
      'Trustee Delgado-Reyes later asked staff to find places for every pupil.',
    ])).toEqual([['Maria Delgado-Reyes', ['Trustee'], ['speaker']]]);
  });

  it('reads a Vietnamese committee meeting in session', () => {
    expect(namesRolesAndParts([
      'Chiều 3/12, UBND tỉnh họp phiên thường kỳ tháng 11.',
      'Giám đốc Sở Tài chính Võ Thị Lan báo cáo tình hình thu ngân sách.',
    ], 'vi')).toEqual([['Võ Thị Lan', ['Giám đốc Sở Tài chính'], ['speaker']]]);
  });
});

describe('a body meeting that is not this report\'s event', () => {
  it('lists no one for a vote last year', () => {
    expect(namesAndParts([
      'The council voted last year to close the pool.',
      'Mayor Patel said on Friday the decision still stood.',
    ])).toEqual([]);
  });

  it('lists no one for a law passed years ago', () => {
    expect(namesAndParts([
      'Lawmakers passed the bill in 2019 after a long fight.',
      'Senator Warren said the law had worked.',
    ])).toEqual([]);
  });

  it('lists no one for a meeting still to come', () => {
    expect(namesAndParts([
      'The board will meet next week to consider the offer.',
      'Chairman Lee said he was confident.',
    ])).toEqual([]);
    expect(namesAndParts([
      'Tuần tới, UBND tỉnh sẽ họp phiên thường kỳ.',
      'Chủ tịch UBND tỉnh Phạm Minh Đức yêu cầu các sở đẩy nhanh giải ngân.',
    ], 'vi')).toEqual([]);
  });

  it('lists no one for shareholders approving a deal in a statement', () => {
    expect(namesAndParts([
      'Shareholders approved the merger, the company said in a statement.',
      'Chief executive Tom Hale said the deal would create value.',
    ])).toEqual([]);
  });
});
