import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const people = (paragraphs: string[]) =>
  findAttendees({ paragraphs, captions: [], lang: 'vi' })?.people.map((p) => [p.name, p.roles, p.parts]) ?? [];

const chaired = 'Sáng 5/4, HĐND xã tổ chức kỳ họp, ông Lê Văn Tài, Chủ tịch HĐND xã chủ trì.';

// Family names of the Hmong, Dao, Khmer, Hoa and other peoples are not all on the surname list; right after a title,
// a middle name ("Văn", "Thị", "A", "Seo") shows the run is a person.
describe('a name shaped by its middle syllable after a title (Vietnamese)', () => {
  it('a Hmong name after "đại biểu", its given name also a word for "morning"', () => {
    expect(people([chaired, 'Thảo luận tại hội trường, đại biểu Sần Seo Sáng đề nghị xã sửa đường liên thôn.'])).toEqual([
      ['Lê Văn Tài', ['Chủ tịch HĐND xã'], ['chair']],
      ['Sần Seo Sáng', ['đại biểu'], ['speaker']],
    ]);
  });

  it('a name with "Văn" after a rank', () => {
    expect(people([chaired, 'Thiếu tá Hờ Văn Pó phát biểu tại kỳ họp.'])).toEqual([
      ['Lê Văn Tài', ['Chủ tịch HĐND xã'], ['chair']],
      ['Hờ Văn Pó', ['Thiếu tá'], ['speaker']],
    ]);
  });

  it('not an organisation of five capitalised words after a title', () => {
    expect(people([chaired, 'Giám đốc Nhà Văn Hóa Thanh Niên phát biểu tại kỳ họp.'])).toEqual([
      ['Lê Văn Tài', ['Chủ tịch HĐND xã'], ['chair']],
    ]);
  });
});
