import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { namesAndParts } from './found';

const vi = (paragraphs: string[]) => namesAndParts(paragraphs, 'vi');
const withCaption = (paragraphs: string[], caption: string) =>
  findAttendees({ paragraphs, captions: [caption], lang: 'vi' })?.people.map((p) => [p.name, p.parts]) ?? [];

const CHAIRED = 'Sáng 5-12, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai. ' +
  'Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.';

// Speech at another event, quoted in the report of this one: an opening clause naming another meeting ("một hội
// thảo", last week), a caption of an earlier conference.
describe('speech at another event (vi)', () => {
  it('an opening clause about a workshop elsewhere last week (national daily)', () => {
    expect(vi([
      CHAIRED,
      'Phát biểu tại một hội thảo ở Hà Nội tuần trước, Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng nhấn mạnh yêu cầu chủ động ứng phó.',
    ])).toEqual([['Lê Văn Hòa', ['chair']]]);
    // Without a time: "một hội thảo" is some other workshop than the meeting reported.
    expect(vi([
      CHAIRED,
      'Phát biểu tại một hội thảo ở Hà Nội, Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng nhấn mạnh yêu cầu chủ động ứng phó.',
    ])).toEqual([['Lê Văn Hòa', ['chair']]]);
    expect(vi([
      CHAIRED,
      'Tại một diễn đàn hồi tháng 10, Bộ trưởng Trần Đức Thắng cho biết cả nước có 1.200 km đê xung yếu.',
    ])).toEqual([['Lê Văn Hòa', ['chair']]]);
  });

  it('a signing years before, told as the project\'s history (provincial paper)', () => {
    expect(vi([
      'Sáng 5-12, UBND tỉnh tổ chức lễ ký kết thỏa thuận đầu tư dự án điện gió. Đồng chí Lê Văn Hòa, Chủ tịch UBND tỉnh chủ trì buổi lễ.',
      'Dự án được khởi động từ năm 2022, khi nguyên Chủ tịch UBND tỉnh Tôn Thất Bình ký biên bản ghi nhớ đầu tiên với phía Hàn Quốc.',
    ])).toEqual([['Lê Văn Hòa', ['chair']]]);
  });

  it('figures announced months before, by someone named in passing (police portal)', () => {
    expect(vi([
      CHAIRED,
      'Theo số liệu của Bộ Công an do Trung tướng Phạm Thế Tùng, Thứ trưởng Bộ Công an công bố hồi tháng 10, tội phạm ma túy tăng 7%.',
    ])).toEqual([['Lê Văn Hòa', ['chair']]]);
  });

  it('a leader\'s speech elsewhere, passed on at this meeting, is not theirs here (party paper)', () => {
    expect(vi([
      'Các đồng chí: Lê Văn Hòa, Bí thư Tỉnh ủy; Trần Thị Mai, Chủ tịch UBND tỉnh chủ trì hội nghị.',
      'Đồng chí Lê Văn Hòa quán triệt, triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Văn Tâm tại phiên họp ngày 13-3.',
    ])).toEqual([['Lê Văn Hòa', ['chair', 'speaker']], ['Trần Thị Mai', ['chair']]]);
    // The closing speech of this meeting, as a noun, is still its speaker's.
    expect(vi([
      'Các đồng chí: Lê Văn Hòa, Bí thư Tỉnh ủy; Trần Thị Mai, Chủ tịch UBND tỉnh chủ trì hội nghị.',
      'Hội nghị đã nghe phát biểu kết luận của đồng chí Trần Thị Mai.',
    ])).toEqual([['Lê Văn Hòa', ['chair']], ['Trần Thị Mai', ['chair', 'speaker']]]);
  });

  it('but the opening clause of this meeting still gives the speech (provincial paper)', () => {
    expect(vi([
      CHAIRED,
      'Phát biểu tại hội nghị, đồng chí Trần Văn Bảy, Giám đốc Sở Nông nghiệp và Môi trường nhấn mạnh yêu cầu chủ động ứng phó.',
    ])).toEqual([['Lê Văn Hòa', ['chair']], ['Trần Văn Bảy', ['speaker']]]);
  });

  it('a caption of an earlier conference, with or without the archive mark', () => {
    expect(withCaption([CHAIRED], 'Bộ trưởng Trần Đức Thắng phát biểu tại Hội nghị tổng kết năm trước. Ảnh: Minh Quân'))
      .toEqual([['Lê Văn Hòa', ['chair']]]);
    expect(withCaption([CHAIRED], 'Bộ trưởng Trần Đức Thắng phát biểu tại một hội nghị trước đó. Ảnh: Minh Quân'))
      .toEqual([['Lê Văn Hòa', ['chair']]]);
    expect(withCaption([CHAIRED], 'Bộ trưởng Trần Đức Thắng phát biểu tại hội nghị năm 2024. (Ảnh tư liệu)'))
      .toEqual([['Lê Văn Hòa', ['chair']]]);
    // This meeting's caption is evidence.
    expect(withCaption([CHAIRED], 'Đồng chí Lê Văn Hòa phát biểu tại hội nghị. Ảnh: Minh Quân'))
      .toEqual([['Lê Văn Hòa', ['chair', 'speaker']]]);
  });
});
