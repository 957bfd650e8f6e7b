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

  it('a plural title closes a list joined by bare commas, the verb after it (ministry site, council report)', () => {
    expect(viRoles([
      'Bộ trưởng Bộ Tài chính Hoàng Nghĩa Trung chủ trì hội nghị. Các Thứ trưởng Bộ Tài chính: Vi Thị Bảo Yến, Kiều Minh Sơn, ' +
        'Lò Văn Chiến cùng dự.',
    ])).toEqual([
      ['Hoàng Nghĩa Trung', ['Bộ trưởng Bộ Tài chính'], ['chair']],
      ['Vi Thị Bảo Yến', ['Thứ trưởng Bộ Tài chính'], ['attendee']],
      ['Kiều Minh Sơn', ['Thứ trưởng Bộ Tài chính'], ['attendee']],
      ['Lò Văn Chiến', ['Thứ trưởng Bộ Tài chính'], ['attendee']],
    ]);
    expect(vi([
      'Chiều 9-12, HĐND thành phố tiếp tục phiên chất vấn. Các đại biểu Trương Quốc Bảo, Mai Thị Diệu Linh, Lạc Văn Hòa lần lượt chất vấn.',
    ])).toEqual([['Trương Quốc Bảo', ['speaker']], ['Mai Thị Diệu Linh', ['speaker']], ['Lạc Văn Hòa', ['speaker']]]);
    // Without a plural title or "và", bare commas are no list: only the name next to the verb speaks.
    expect(vi(['Tại hội nghị, Nguyễn Văn An, Trần Văn Bình, Lê Văn Cường phát biểu.'])).toEqual([['Lê Văn Cường', ['speaker']]]);
  });

  it('an academic title with its stop inside a list does not end the sentence (health ministry report)', () => {
    expect(viRoles([
      'Tiếp và làm việc với đoàn có bà Quàng Thị Ánh, Phó Chủ tịch UBND tỉnh; BS.CKII. Lò Văn Pọm, Giám đốc Sở Y tế và ' +
        'BS.CKII. Cầm Bá Tuyên, Giám đốc Bệnh viện.',
    ])).toEqual([
      ['Quàng Thị Ánh', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Lò Văn Pọm', ['Giám đốc Sở Y tế'], ['attendee']],
      ['Cầm Bá Tuyên', ['Giám đốc Bệnh viện'], ['attendee']],
    ]);
  });

  it('the next venue of an online conference after a semicolon: "tại điểm cầu … có" (ministry portal)', () => {
    expect(viRoles([
      'Tại điểm cầu tỉnh Cao Nguyên, đồng chí Y Khăm Niê, Phó Chủ tịch UBND tỉnh chủ trì; tại điểm cầu TP Cửu Long có đồng chí ' +
        'Thạch Sô Phia, Phó Chủ tịch UBND thành phố cùng lãnh đạo các sở, ngành.',
    ])).toEqual([
      ['Y Khăm Niê', ['Phó Chủ tịch UBND tỉnh'], ['chair']],
      ['Thạch Sô Phia', ['Phó Chủ tịch UBND thành phố'], ['attendee']],
    ]);
  });

  it('both sides of a signing: the one signed with is listed too (provincial paper)', () => {
    expect(viRoles([
      'Thay mặt UBND tỉnh, đồng chí Chu Văn Lượng, Chủ tịch UBND tỉnh ký thỏa thuận hợp tác với ông Park Ji-hoon, ' +
        'Chủ tịch Tập đoàn Hanbit Energy.',
    ])).toEqual([
      ['Chu Văn Lượng', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Park Ji-hoon', ['Chủ tịch Tập đoàn Hanbit Energy'], ['attendee']],
    ]);
    // An agreement signed earlier, named in passing, lists no one.
    expect(vi(['Năm 2019, tỉnh đã ký thỏa thuận hợp tác với Tập đoàn Hanbit Energy.'])).toEqual([]);
  });

  it('"dưới sự điều hành của" opens the chair as "dưới sự chủ trì của" does (Assembly news site)', () => {
    expect(viRoles([
      'Tại phiên họp thứ 41 sáng 6-1, dưới sự điều hành của Phó Chủ tịch Quốc hội Trần Thị Lan, Ủy ban Thường vụ Quốc hội ' +
        'đã xem xét, thông qua nghị quyết.',
    ])).toEqual([['Trần Thị Lan', ['Phó Chủ tịch Quốc hội'], ['chair']]]);
  });

  it('no one listed: an invitation list for a meeting still to come', () => {
    expect(vi([
      'Hội nghị dự kiến tổ chức vào ngày 20-12, đại biểu mời: ông Trần Văn Bảy, Giám đốc Sở Công Thương; bà Lê Thị Hoa, Giám đốc Sở Tài chính.',
    ])).toEqual([]);
  });
});
