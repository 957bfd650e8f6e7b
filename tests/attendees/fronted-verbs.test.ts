import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


// A verb that opens the sentence, in a clause naming no one, is the verb of the person right after its comma.
describe('a verb opening the sentence belongs to the person after its clause', () => {
  it('Vietnamese speech, the person with a lowercase title and a description', () => {
    expect(namesRolesAndParts([
      'Sáng 4-12, Trung tâm Y tế huyện Kỳ Sơn tổ chức lễ kỷ niệm 40 năm thành lập. Dự buổi lễ có đại diện Sở Y tế.',
      'Xúc động chia sẻ kỷ niệm, bác sĩ Lương Thị Hiền, nguyên Giám đốc Trung tâm nhớ lại những năm đầu gian khó.',
    ], 'vi')).toEqual([['Lương Thị Hiền', ['bác sĩ', 'nguyên Giám đốc Trung tâm'], ['speaker']]]);
  });

  it('Vietnamese presence at a trial, then the speech of the same subject', () => {
    expect(namesRolesAndParts([
      'Hội đồng xét xử do Thẩm phán Trịnh Thu Hà làm chủ tọa.',
      'Có mặt tại phiên tòa, bị cáo Ngô Văn Tài (52 tuổi) khai nhận đã nhận tiền của nhà thầu.',
    ], 'vi')).toEqual([
      ['Trịnh Thu Hà', ['Thẩm phán'], ['chair']],
      ['Ngô Văn Tài', ['bị cáo'], ['attendee', 'speaker']],
    ]);
  });

  it('English chairing verb before the judge\'s name', () => {
    expect(namesRolesAndParts([
      'Presiding over the inquest, Coroner Dana Whitlow thanked the family for attending.',
    ], 'en')).toEqual([['Dana Whitlow', ['Coroner'], ['chair', 'speaker']]]);
  });

  it('not when the opening clause names someone itself', () => {
    const names = namesRolesAndParts([
      'Đồng chí Mai Văn Sơn, Chủ tịch UBND huyện chủ trì hội nghị.',
      'Chia sẻ với ông Hồ Văn Bảy về mùa màng, bà Lê Thị Hường cho biết giá lúa đã tăng.',
    ], 'vi').map(([name]) => name);
    expect(names).toEqual(['Mai Văn Sơn', 'Lê Thị Hường']);
  });
});

describe('a term of address that opens a title is part of the title', () => {
  it('"bác sĩ" is a doctor, not "bác" (uncle) before "sĩ"', () => {
    expect(namesRolesAndParts([
      'Dự buổi lễ có bác sĩ Phạm Thị Loan, Phó Giám đốc Sở Y tế.',
    ], 'vi')).toEqual([['Phạm Thị Loan', ['bác sĩ', 'Phó Giám đốc Sở Y tế'], ['attendee']]]);
  });
});
