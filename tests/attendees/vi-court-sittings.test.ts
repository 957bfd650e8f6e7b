import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

const vi = (paragraphs: string[]) => namesRolesAndParts(paragraphs, 'vi');

// Vietnamese court reports: the trial opened is the event; the prosecutor may be named after "là"; defendants
// testify ("khai"), which is speech at the trial.
describe('court sittings (vi)', () => {
  it('a first-instance trial: presiding judge, prosecutor after "là", a defendant testifying (provincial paper)', () => {
    expect(vi([
      'Ngày 8/12, TAND tỉnh Bình Thuận mở phiên tòa sơ thẩm xét xử bị cáo Trần Văn Hậu về tội Lừa đảo chiếm đoạt tài sản.',
      'Hội đồng xét xử do thẩm phán Lê Thị Thu Hà làm chủ tọa. Thực hành quyền công tố tại phiên tòa là kiểm sát viên Phạm Quốc Bảo.',
      'Tại tòa, bị cáo Trần Văn Hậu khai đã dùng tiền để trả nợ.',
    ])).toEqual([
      ['Lê Thị Thu Hà', ['thẩm phán'], ['chair']],
      ['Trần Văn Hậu', ['bị cáo'], ['speaker']],
      ['Phạm Quốc Bảo', ['kiểm sát viên'], ['attendee']],
    ]);
  });

  it('an appeal hearing reopened (national daily), and a trial still to come lists no one', () => {
    expect(vi([
      'Sáng 3/11, TAND Cấp cao tại Hà Nội tiếp tục phiên xử phúc thẩm vụ án.',
      'Bị cáo Nguyễn Thị Mai khai không biết số tiền có nguồn gốc từ hoạt động phạm pháp.',
    ])).toEqual([['Nguyễn Thị Mai', ['Bị cáo'], ['speaker']]]);
    expect(vi([
      'TAND tỉnh dự kiến mở phiên tòa xét xử bị cáo Lò Văn Sáng vào ngày 20/12; thẩm phán Hoàng Thị Yến sẽ làm chủ tọa.',
    ])).toEqual([]);
    // "khai mạc" is an opening, not testimony.
    expect(vi(['Chủ tịch UBND tỉnh Lê Văn An khai mạc hội nghị.'])).toEqual([['Lê Văn An', ['Chủ tịch UBND tỉnh'], ['speaker']]]);
  });
});
