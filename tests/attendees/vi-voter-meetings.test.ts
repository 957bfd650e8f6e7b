import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { namesAndParts, namesRolesAndParts } from './found';

const vi = (paragraphs: string[]) => namesAndParts(paragraphs, 'vi');

// "Tiếp xúc cử tri": deputies meeting their voters is an event of its own, whoever hosts it, and the voters who
// speak there take part in it. Real provincial reports of it were left empty: "tiếp xúc" was read as no verb.
describe('tiếp xúc cử tri (vi)', () => {
  it('a list of deputies under a plural title before the verb (national daily)', () => {
    expect(namesRolesAndParts([
      'Chiều 6-12, các đại biểu Quốc hội Nguyễn Văn Hùng, Trần Thị Lan và Lê Quang Minh đã tiếp xúc cử tri huyện Bình Sơn.',
    ], 'vi')).toEqual([
      ['Nguyễn Văn Hùng', ['đại biểu Quốc hội'], ['attendee']],
      ['Trần Thị Lan', ['đại biểu Quốc hội'], ['attendee']],
      ['Lê Quang Minh', ['đại biểu Quốc hội'], ['attendee']],
    ]);
  });

  it('a delegation "gồm các đại biểu" with roles, a semicolon, then "đã có buổi tiếp xúc cử tri" (provincial paper)', () => {
    expect(namesRolesAndParts([
      'Tổ đại biểu Quốc hội số 2 gồm các đại biểu Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh; Trần Thị Lan, Giám đốc Sở Y tế ' +
        'và đại biểu Lê Quang Minh đã có buổi tiếp xúc cử tri xã Tịnh Hà.',
    ], 'vi')).toEqual([
      ['Nguyễn Văn Hùng', ['đại biểu', 'Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Trần Thị Lan', ['đại biểu', 'Giám đốc Sở Y tế'], ['attendee']],
      ['Lê Quang Minh', ['đại biểu'], ['attendee']],
    ]);
  });

  it('"gồm các ông, bà:" and dashes before each role (People\'s Council portal)', () => {
    expect(namesRolesAndParts([
      'Tổ đại biểu HĐND tỉnh gồm các ông, bà: Nguyễn Văn Hùng - Phó Chủ tịch HĐND tỉnh; Trần Thị Lan - Trưởng ban Pháp chế ' +
        'HĐND tỉnh; Lê Quang Minh - Giám đốc Sở Tài chính đã có buổi tiếp xúc cử tri huyện Mộ Đức.',
    ], 'vi')).toEqual([
      ['Nguyễn Văn Hùng', ['Phó Chủ tịch HĐND tỉnh'], ['attendee']],
      ['Trần Thị Lan', ['Trưởng ban Pháp chế HĐND tỉnh'], ['attendee']],
      ['Lê Quang Minh', ['Giám đốc Sở Tài chính'], ['attendee']],
    ]);
  });

  it('voters who speak, with where they live between name and verb', () => {
    expect(namesRolesAndParts([
      'Sáng 5-12, đại biểu Quốc hội Hà Văn Phúc tiếp xúc cử tri xã An Phú.',
      'Cử tri Đinh Văn Ẩn ở thôn 3 phản ánh tình trạng sạt lở bờ sông. Cử tri Phạm Thị Lài ở xã An Phú đề nghị sớm làm cầu.',
    ], 'vi')).toEqual([
      ['Hà Văn Phúc', ['đại biểu Quốc hội'], ['attendee']],
      ['Đinh Văn Ẩn', ['Cử tri'], ['speaker']],
      ['Phạm Thị Lài', ['Cử tri'], ['speaker']],
    ]);
  });

  it('"Tham gia buổi tiếp xúc có" opens a list, and a member listed there who later speaks is both', () => {
    expect(vi([
      'Sáng 2-11, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri xã Phước Hòa.',
      'Tham gia buổi tiếp xúc có các đại biểu Quốc hội: Thiếu tướng Phạm Đình Luận, Phó Tư lệnh Quân khu 5; bà Tôn Nữ Minh Châu, ' +
        'Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh.',
      'Thay mặt đoàn, bà Tôn Nữ Minh Châu tiếp thu, giải trình các ý kiến.',
    ])).toEqual([['Phạm Đình Luận', ['attendee']], ['Tôn Nữ Minh Châu', ['attendee', 'speaker']]]);
  });

  it('two deputies\' groups each "gồm" its members, then the verb (district portal)', () => {
    expect(vi([
      'Sáng 6-8, Tổ đại biểu HĐND tỉnh gồm ông Lê Văn Phúc, Tổ đại biểu HĐND huyện gồm ông Trần Văn Lộc, ông Điểu Sơn ' +
        'đã có buổi tiếp xúc với cử tri xã Đức Minh.',
    ])).toEqual([['Lê Văn Phúc', ['attendee']], ['Trần Văn Lộc', ['attendee']], ['Điểu Sơn', ['attendee']]]);
  });

  it('"gồm các đại biểu" opens a list whose first item\'s title follows the plural word (provincial paper)', () => {
    expect(namesRolesAndParts([
      'Tổ đại biểu số 4 HĐND tỉnh gồm các đại biểu Lê Văn Phúc, Trưởng Ban Pháp chế HĐND tỉnh; Khang Thị Mai, Phó Giám đốc Sở Y tế ' +
        'đã có buổi tiếp xúc cử tri.',
    ], 'vi')).toEqual([
      ['Lê Văn Phúc', ['đại biểu', 'Trưởng Ban Pháp chế HĐND tỉnh'], ['attendee']],
      ['Khang Thị Mai', ['đại biểu', 'Phó Giám đốc Sở Y tế'], ['attendee']],
    ]);
    expect(findAttendees({ paragraphs: [
      'Tổ đại biểu số 4 HĐND tỉnh gồm các đại biểu Lê Văn Phúc, Trưởng Ban Pháp chế HĐND tỉnh đã có buổi tiếp xúc cử tri.',
    ], captions: [], lang: 'vi' })?.groups).toEqual([]);
  });

  it('the deputies\' group as the subject is a group present, without the words before the verb', () => {
    expect(findAttendees({ paragraphs: [
      'Sáng 5-12, Tổ đại biểu Quốc hội tỉnh đã tiếp xúc cử tri xã An Phú.',
      'Cử tri Đinh Văn Ẩn ở thôn 3 phản ánh tình trạng sạt lở bờ sông.',
    ], captions: [], lang: 'vi' })?.groups).toEqual(['Tổ đại biểu Quốc hội tỉnh']);
  });

  it('no meeting: a plan for one, a count of past ones, a voter quoted by phone', () => {
    expect(vi([
      'Theo kế hoạch, đại biểu Quốc hội Nguyễn Văn Hùng sẽ tiếp xúc cử tri huyện Bình Sơn vào ngày 10-12.',
    ])).toEqual([]);
    expect(vi([
      'Từ đầu nhiệm kỳ, các tổ đại biểu đã tổ chức hơn 300 cuộc tiếp xúc cử tri.',
      'Cử tri Lê Văn Tám ở thôn 2 cho biết qua điện thoại rằng đường vẫn chưa được sửa.',
    ])).toEqual([]);
    expect(vi([
      'Cử tri Lê Văn Tám ở thôn 2 phản ánh đường liên xã xuống cấp đã nhiều năm nhưng chưa được sửa.',
    ])).toEqual([]);
  });
});
