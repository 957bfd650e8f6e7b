import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { namesAndParts } from './found';


// The subject of a verb stands before asides (age, where from, a description, a bracket); names inside the asides are
// not the subject, and a verb clause between subject and verb is no aside.
describe('a subject reaches its verb past asides (English)', () => {
  it('past an age and a home town in a row', () => {
    expect(namesAndParts([
      'Dorian Vasquez-Held, 34, of Kettering, appeared before District Judge Amala Reyes at the magistrates\' court.',
    ])).toEqual([['Dorian Vasquez-Held', ['attendee']]]);
  });

  it('past a description holding an organisation\'s capitalised name', () => {
    expect(namesAndParts([
      'The committee met on Tuesday, chaired by Councillor Ines Marlow.',
      'Petra Lindqvist-Amos, chair of the Riverside Tenants\' Federation, said the rents were too high.',
    ])).toEqual([['Ines Marlow', ['chair']], ['Petra Lindqvist-Amos', ['speaker']]]);
  });

  it('past a bracket naming a constituency', () => {
    expect(namesAndParts([
      'Speaker Olawale Benson presided over the sitting on Thursday.',
      'The Minority Whip, Hon. Tunde Arigbede (PDP, Ekiti South), urged the House to reject the bill.',
    ])).toEqual([['Olawale Benson', ['chair']], ['Tunde Arigbede', ['speaker']]]);
  });

  it('past a chain of "of" phrases', () => {
    expect(namesAndParts(['Bishop Anselm Kowalczyk of the Diocese of Greenfield presided at the funeral Mass on Friday.']))
      .toEqual([['Anselm Kowalczyk', ['chair']]]);
  });

  it('does not give the verb to a person named inside the aside', () => {
    expect(namesAndParts([
      'The hearing was chaired by Senator Mara Quintero.',
      'Attorney Glen Hart-Nolan, representing owners Ruth Abara and Colm Abara, said the deck would close at 10 p.m.',
    ])).toEqual([['Mara Quintero', ['chair']], ['Glen Hart-Nolan', ['speaker']]]);
  });

  it('does not reach past a verb clause to an earlier person', () => {
    expect(namesAndParts([
      'The council met on Monday, chaired by Mayor Ada Pruitt.',
      'Mayor Ada Pruitt, 58, hugged Fire Chief Lorne Beck and the crew spoke.',
    ])).toEqual([['Ada Pruitt', ['chair']]]);
  });
});

describe('a subject reaches its verb past asides (Vietnamese)', () => {
  it('past a description of the person between commas', () => {
    expect(namesAndParts([
      'Sáng 12/3, UBND xã Tân Phú tổ chức hội nghị tiếp xúc cử tri, ông Đặng Văn Lực, Chủ tịch UBND xã chủ trì.',
      'Bà Trịnh Thị Hợi, cử tri ấp Phú Hòa, đề nghị xã sớm sửa cầu dân sinh.',
    ], 'vi')).toEqual([['Đặng Văn Lực', ['chair']], ['Trịnh Thị Hợi', ['speaker']]]);
  });

  it('past two descriptions in a row', () => {
    expect(namesAndParts([
      'Lễ khánh thành điểm trường do ông Hoàng Văn Sính, Chủ tịch UBND huyện chủ trì.',
      'Anh Giàng A Dình, giáo viên điểm trường, người đã dạy ở bản 12 năm, xúc động chia sẻ niềm vui.',
    ], 'vi')).toEqual([['Hoàng Văn Sính', ['chair']], ['Giàng A Dình', ['speaker']]]);
  });
});

// A reading that far is good enough to add someone to a report people already show, not to make one of a news story.
describe('a subject reached far joins a report, never makes one', () => {
  const all = (paragraphs: string[], lang: string) => findAttendees({ paragraphs, captions: [], lang });

  it('lists her where a person\'s own part shows the event (Vietnamese)', () => {
    expect(namesAndParts([
      'Dự lễ khai trương có đại diện lãnh đạo các sở, ngành của tỉnh và ông Vi Văn Tám, Giám đốc Sở Công Thương.',
      'Bà Lò Thị Mai, tiểu thương bán rau ở chợ mới, cho biết sạp hàng rộng rãi hơn.',
    ], 'vi')).toEqual([['Vi Văn Tám', ['attendee']], ['Lò Thị Mai', ['speaker']]]);
  });

  it('does not list her where only a group shows it (Vietnamese)', () => {
    expect(all([
      'Dự lễ khai trương có đại diện lãnh đạo các sở, ngành của tỉnh.',
      'Bà Lò Thị Mai, tiểu thương bán rau ở chợ mới, cho biết sạp hàng rộng rãi hơn.',
    ], 'vi')).toEqual({ people: [], groups: ['đại diện lãnh đạo các sở, ngành của tỉnh'] });
  });

  it('does not list a subject found past other people where only a group shows the event (English)', () => {
    expect(all([
      'About two dozen members of the Friends of the Library attended the reopening on Saturday.',
      'Attorney Glen Hart-Nolan, representing owners Ruth Abara and Colm Abara, said the lease was signed.',
    ], 'en')).toEqual({ people: [], groups: ['members of the Friends of the Library'] });
  });
});
