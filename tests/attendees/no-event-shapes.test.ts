import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const find = (paragraphs: string[], captions: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions, lang })?.people.map((p) => p.name) ?? [];

// News that names titled people without reporting an event they took part in lists no one.
describe('no event reported', () => {
  it('an archive or illustration picture\'s caption is no evidence (English, Vietnamese)', () => {
    expect(find(['Residents of Kaiwhata say the stopbank repairs have stalled.'],
      ['Then-mayor Rachel Dunmore speaks at a public meeting in Kaiwhata (file photo).'])).toEqual([]);
    expect(find(['Người dân xã Tân Lập vẫn chờ sửa đê.'],
      ['Đồng chí Nguyễn Văn Thắng phát biểu tại hội nghị (Ảnh tư liệu).'], 'vi')).toEqual([]);
    // The same caption without the mark is evidence of the event it shows.
    expect(find(['Residents of Kaiwhata say the stopbank repairs have stalled.'],
      ['Mayor Rachel Dunmore speaks at a public meeting in Kaiwhata on Tuesday.'])).toEqual(['Rachel Dunmore']);
  });

  it('a sentence in the past names an earlier occasion ("was sentenced in 2023 … by Judge X")', () => {
    expect(find([
      'A state appeals court on Wednesday upheld the conviction of former treasurer Dwayne Hollister.',
      'Hollister was sentenced in 2023 to eight years in prison by Circuit Judge Raymond Ochoa.',
    ], [])).toEqual([]);
  });

  it('an obituary\'s career ("who chaired the council for eleven years") is an office held', () => {
    expect(find([
      'Margaret Oduya-Fenwick, who chaired Westmere County Council for eleven years, has died aged 84.',
      'Council leader Cllr David Purnell said she had been a formidable chair.',
    ], [])).toEqual([]);
  });

  it('a directive naming the lead agency of a task ("chủ trì, phối hợp") is no meeting', () => {
    expect(find([
      'UBND tỉnh giao Giám đốc Sở Nông nghiệp và Môi trường Lục Văn Chung chủ trì, phối hợp với các địa phương kiểm tra rừng.',
    ], [], 'vi')).toEqual([]);
    expect(find(['Giám đốc Sở Y tế Lò Văn Pọm chủ trì hội nghị sáng 5-12.'], [], 'vi')).toEqual(['Lò Văn Pọm']);
  });
  it('an official signing a letter or directive ("ký văn bản đề nghị/chỉ đạo …") is no signing ceremony', () => {
    expect(find([
      'Theo bà Hà Thị Loan, Giám đốc Sở Y tế, ngành đã tiêm được 92% số trẻ; bà Loan đã ký văn bản đề nghị các bệnh viện rà soát lại danh sách.',
    ], [], 'vi')).toEqual([]);
    expect(find([
      'Chủ tịch UBND huyện Mường Lát Phạm Văn Sáu vừa ký văn bản chỉ đạo các xã kiểm tra ngay các điểm sạt lở.',
    ], [], 'vi')).toEqual([]);
    expect(find([
      'Ngày 3/11, Phó Chủ tịch UBND thành phố Đinh Quang Hòa ký văn bản yêu cầu các quận báo cáo tiến độ giải ngân trước ngày 15/11.',
    ], [], 'vi')).toEqual([]);
    // A signing with witnesses is a ceremony: those who sign take part.
    expect(find([
      'Ông Lò Văn Thắng, Chủ tịch UBND huyện, và ông Kim Jae-won, Tổng giám đốc Công ty Hanul, ký văn bản hợp tác dưới sự chứng kiến của ông Nguyễn Văn Tiến, Phó Chủ tịch UBND tỉnh.',
    ], [], 'vi')).toEqual(['Lò Văn Thắng', 'Kim Jae-won', 'Nguyễn Văn Tiến']);
  });
});

