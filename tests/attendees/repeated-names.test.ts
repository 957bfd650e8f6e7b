import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const found = (paragraphs: string[]) =>
  findAttendees({ paragraphs, captions: [], lang: 'vi' })?.people.map((p) => [p.name, p.parts]) ?? [];

// A name the article has vouched for once (an honorific, or a part given to it) is that name wherever it appears
// again, though the name search alone would not take it there (foreign words after a bare title).
describe('a name vouched for once is found again later', () => {
  it('a Korean name first after "ngài", later after a bare "Đại sứ"', () => {
    expect(found([
      'Chiều 9-12, đồng chí Bùi Văn Hòa, Phó Chủ tịch UBND tỉnh tiếp đoàn do ngài Lee Jae Sung, Đại sứ Hàn Quốc dẫn đầu.',
      'Đại sứ Lee Jae Sung cảm ơn sự đón tiếp của tỉnh.',
    ])).toEqual([['Bùi Văn Hòa', ['attendee']], ['Lee Jae Sung', ['attendee', 'speaker']]]);
  });

  it('not a place that once stood where a name could', () => {
    expect(found([
      'Tại Tổ 3 gồm Đoàn ĐBQH các tỉnh Hòa Bắc và Long Điền, Phó Trưởng đoàn Quàng Văn Sơn điều hành phiên thảo luận.',
      'Các ĐBQH Lý Thị Hoa (Long Điền) và Mùa A Chu (Hòa Bắc) cùng cho rằng cần sửa luật.',
    ])).toEqual([['Quàng Văn Sơn', ['chair']], ['Lý Thị Hoa', ['speaker']], ['Mùa A Chu', ['speaker']]]);
  });
});
