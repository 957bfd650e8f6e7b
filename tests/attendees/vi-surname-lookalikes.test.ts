import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

const viRoles = (paragraphs: string[]) => namesRolesAndParts(paragraphs, 'vi');

// Family names that are also other words: "Ông" (also "Mr") and "Đoàn" (also "delegation").
describe('family names that look like other words (vi)', () => {
  it('the family name "Ông" after the honorific "ông" (council session report)', () => {
    expect(viRoles([
      'Trả lời chất vấn, ông Ông Văn Tài, Giám đốc Sở Nông nghiệp và Môi trường, cho biết nguyên nhân chính là vướng mặt bằng.',
    ])).toEqual([['Ông Văn Tài', ['Giám đốc Sở Nông nghiệp và Môi trường'], ['speaker']]]);
    expect(viRoles([
      'Chủ tịch UBND tỉnh Lý Văn Sáu tiếp Đại sứ Ấn Độ. Cùng dự có ông Ông Thế Vinh, Phó Chủ tịch UBND thành phố.',
    ])).toEqual([
      ['Lý Văn Sáu', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Ông Thế Vinh', ['Phó Chủ tịch UBND thành phố'], ['attendee']],
    ]);
  });

  it('the family name "Ông" after a title, before a middle name (school site)', () => {
    expect(viRoles([
      'Dự lễ có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.',
      'Thủ khoa đầu ra, tân bác sĩ Ông Thị Ngọc Hân, thay mặt các tân khoa phát biểu cảm ơn thầy cô.',
    ])).toEqual([
      ['Lê Văn Hòa', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Ông Thị Ngọc Hân', ['Thủ khoa đầu ra', 'tân bác sĩ'], ['speaker']],
    ]);
  });

  it('"Ông" opening a sentence is still the honorific before a one-word reference', () => {
    expect(viRoles([
      'Dự lễ có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh. Ông Hòa cho biết trường đã đào tạo 600 bác sĩ.',
    ])).toEqual([['Lê Văn Hòa', ['Phó Chủ tịch UBND tỉnh'], ['attendee', 'speaker']]]);
  });

  it('"Đoàn" before a province is a delegation, not a person (Assembly report)', () => {
    expect(viRoles([
      'Phát biểu tại phiên thảo luận, bà Nguyễn Thị Thu Hà, Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh, đề nghị bổ sung quy định.',
    ])).toEqual([['Nguyễn Thị Thu Hà', ['Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh'], ['speaker']]]);
    // A person whose family name is Đoàn is still one.
    expect(viRoles([
      'Phát biểu tại phiên thảo luận, đại biểu Đoàn Thị Lệ An (Đoàn Cao Bằng) đề nghị bổ sung quy định.',
    ])).toEqual([['Đoàn Thị Lệ An', ['đại biểu'], ['speaker']]]);
  });
});
