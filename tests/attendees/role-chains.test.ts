import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

const people = (paragraphs: string[], lang = 'vi') => namesRolesAndParts(paragraphs, lang);

// A person's titles run together in Vietnamese reports: joined by a dash or, after an honorific, by commas, before
// the name as after it. Each title is one role.
describe('chained titles (Vietnamese)', () => {
  it('titles joined by a dash, before and after the name, are two roles', () => {
    expect(people([
      'Tham dự hội nghị có đồng chí Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Nguyễn Văn Danh; đồng chí Nguyễn Ngọc Phi, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh.',
    ])).toEqual([
      ['Nguyễn Văn Danh', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], ['attendee']],
      ['Nguyễn Ngọc Phi', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], ['attendee']],
    ]);
  });

  it('titles joined by commas after an honorific, before the name', () => {
    expect(people([
      'Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Lò Văn Hặc.',
    ])).toEqual([['Lò Văn Hặc', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'], ['attendee']]]);
  });

  it('an abbreviation inside a title is no name; a lowercase group after the titles is other people', () => {
    expect(people([
      'Dự đại hội có đồng chí Trần Quốc Vượng, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, Trưởng Ban Tổ chức Trung ương.',
      'Dự kỳ họp có đồng chí Triệu Kim Long, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh.',
    ])).toEqual([
      ['Trần Quốc Vượng', ['Ủy viên Bộ Chính trị', 'Bí thư T.Ư Đảng', 'Trưởng Ban Tổ chức Trung ương'], ['attendee']],
      ['Triệu Kim Long', ['Tỉnh ủy viên', 'Phó Chủ tịch HĐND tỉnh'], ['attendee']],
    ]);
  });

  it('a title ends before "và phu nhân" and before "tại Hội nghị …"', () => {
    expect(people([
      'Tham dự buổi tiếp có ngài Jigiee Sereejav, Đại sứ đặc mệnh toàn quyền nước Mông Cổ tại Việt Nam và phu nhân.',
      'Phát biểu tại hội nghị, đồng chí Hoàng Văn Quang, Trưởng đoàn đại biểu Quốc hội tỉnh tại Hội nghị rút kinh nghiệm, nêu rõ ba việc cần làm.',
    ]).map((p) => p.slice(0, 2))).toEqual([
      ['Jigiee Sereejav', ['Đại sứ đặc mệnh toàn quyền nước Mông Cổ tại Việt Nam']],
      ['Hoàng Văn Quang', ['Trưởng đoàn đại biểu Quốc hội tỉnh']],
    ]);
  });

  it('English keeps a title before a comma as an apposition, not a chain ("The Lord Provost, Cllr X")', () => {
    expect(people(['Mayor Jo Park, Councillor Tom Reed and Councillor Ann Lee attended the meeting.'], 'en')).toEqual([
      ['Jo Park', ['Mayor'], ['attendee']],
      ['Tom Reed', ['Councillor'], ['attendee']],
      ['Ann Lee', ['Councillor'], ['attendee']],
    ]);
  });
});

describe('where a Vietnamese title ends', () => {
  it('before a passive ("được bổ nhiệm"), an occasion ("nhân dịp") or a gift sent ("gửi lẵng hoa")', () => {
    expect(people([
      'Dự buổi lễ có đồng chí Thượng tá Giáp Văn Tùng, Trưởng phòng Cảnh sát hình sự được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh.',
      'Tham dự buổi tiếp có đồng chí Phạm Thị Hạnh, Đại sứ Việt Nam tại Ấn Độ nhân dịp về nước.',
    ]).map((p) => p.slice(0, 2))).toEqual([
      ['Giáp Văn Tùng', ['Thượng tá', 'Trưởng phòng Cảnh sát hình sự']],
      ['Phạm Thị Hạnh', ['Đại sứ Việt Nam tại Ấn Độ']],
    ]);
  });
});
