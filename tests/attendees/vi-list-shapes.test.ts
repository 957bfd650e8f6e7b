import { describe, expect, it } from 'vitest';
import { namesAndParts, namesRolesAndParts } from './found';

const vi = (paragraphs: string[]) => namesAndParts(paragraphs, 'vi');
const viRoles = (paragraphs: string[]) => namesRolesAndParts(paragraphs, 'vi');

// Lists as real Vietnamese reports write them: later items with honorifics under a plural title, commas inside a
// board's name, a semicolon inside one person's chain of titles, an "invited guests" label, the verb after the list.
describe('list shapes (vi)', () => {
  it('a plural title with a colon over items that each have an honorific and roles (national daily)', () => {
    expect(viRoles([
      'Sáng 2-11, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri xã Phước Hòa.',
      'Tham gia buổi tiếp xúc có các đại biểu Quốc hội: Thiếu tướng Phạm Đình Luận, Phó Tư lệnh Quân khu 5; bà Tôn Nữ Minh Châu, ' +
        'Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh; ông Ksor Y Thịnh, Ủy viên Hội đồng Dân tộc của Quốc hội.',
    ])).toEqual([
      ['Phạm Đình Luận', ['đại biểu Quốc hội', 'Thiếu tướng', 'Phó Tư lệnh Quân khu 5'], ['attendee']],
      ['Tôn Nữ Minh Châu', ['đại biểu Quốc hội', 'Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh'], ['attendee']],
      ['Ksor Y Thịnh', ['đại biểu Quốc hội', 'Ủy viên Hội đồng Dân tộc của Quốc hội'], ['attendee']],
    ]);
  });

  it('a board\'s name with a comma in it, then "cùng lãnh đạo các sở, ngành" before the verb (provincial paper)', () => {
    expect(viRoles([
      'Tại điểm cầu tỉnh Trà Giang, bà Hà Thị Kim Oanh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy phòng, chống thiên tai và ' +
        'tìm kiếm cứu nạn tỉnh, cùng lãnh đạo các sở, ngành liên quan dự.',
    ])).toEqual([
      ['Hà Thị Kim Oanh', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh'], ['attendee']],
    ]);
  });

  it('a semicolon inside one person\'s chain of titles (government portal)', () => {
    expect(viRoles([
      'Dự hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực UBND tỉnh; ' +
        'đồng chí Lê Thị Hoa, Giám đốc Sở Tài chính.',
    ])).toEqual([
      ['Nguyễn Văn Thắng', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'], ['attendee']],
      ['Lê Thị Hoa', ['Giám đốc Sở Tài chính'], ['attendee']],
    ]);
    // The next item with its title before the name is still the next person.
    expect(viRoles([
      'Dự hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy; Giám đốc Sở Tài chính Lê Thị Hoa.',
    ])).toEqual([
      ['Nguyễn Văn Thắng', ['Ủy viên Ban Thường vụ Tỉnh ủy'], ['attendee']],
      ['Lê Thị Hoa', ['Giám đốc Sở Tài chính'], ['attendee']],
    ]);
  });

  it('"đại biểu mời:" is a list\'s label, not a role or a group', () => {
    const people = [
      ['Trần Văn Bảy', ['Giám đốc Sở Công Thương'], ['attendee']],
      ['Lê Thị Hoa', ['Giám đốc Sở Tài chính'], ['attendee']],
    ];
    expect(viRoles([
      'Sáng 8-12, Sở Công Thương tổ chức hội nghị tổng kết năm 2025.',
      'Đại biểu mời: ông Trần Văn Bảy, Giám đốc Sở Công Thương; bà Lê Thị Hoa, Giám đốc Sở Tài chính.',
    ])).toEqual(people);
    expect(viRoles([
      'Dự hội nghị có đại biểu mời: ông Trần Văn Bảy, Giám đốc Sở Công Thương; bà Lê Thị Hoa, Giám đốc Sở Tài chính.',
    ])).toEqual(people);
  });

  it('the chairing verb after a list under "Các đồng chí:"', () => {
    expect(vi([
      'Các đồng chí: Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Lê Thị Hoa, ' +
        'Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
    ])).toEqual([['Nguyễn Văn Thắng', ['chair']], ['Lê Thị Hoa', ['chair']]]);
  });

  it('no one listed: an invitation list for a meeting still to come', () => {
    expect(vi([
      'Hội nghị dự kiến tổ chức vào ngày 20-12, đại biểu mời: ông Trần Văn Bảy, Giám đốc Sở Công Thương; bà Lê Thị Hoa, Giám đốc Sở Tài chính.',
    ])).toEqual([]);
  });
});
