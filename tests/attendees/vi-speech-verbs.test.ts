import { describe, expect, it } from 'vitest';
import { namesAndParts, namesRolesAndParts } from './found';

const vi = (paragraphs: string[]) => namesAndParts(paragraphs, 'vi');

// Verbs of the Assembly, the council session and the ceremony that real reports use for people taking part:
// presenting a bill ("trình"), asking ("đặt câu hỏi", "tiếp tục chất vấn"), promising on someone's behalf ("hứa"),
// receiving an award at the ceremony ("được trao").
describe('speech verbs of sessions and ceremonies (vi)', () => {
  it('a minister presenting a bill and a committee chair its review (national daily)', () => {
    expect(vi([
      'Sáng 20-11, Quốc hội họp phiên toàn thể tại hội trường.',
      'Thừa ủy quyền của Thủ tướng, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh trình dự án Luật Tổ chức chính quyền địa phương (sửa đổi).',
      'Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng trình bày báo cáo thẩm tra.',
    ])).toEqual([['Nguyễn Hải Ninh', ['speaker']], ['Hoàng Thanh Tùng', ['speaker']]]);
  });

  it('"trình" alone shows the session: a bill and its report on a government portal', () => {
    expect(vi([
      'Tiếp tục chương trình Kỳ họp thứ 10, Bộ trưởng Bộ Tài chính Lê Văn Thành đã trình Tờ trình về dự án Luật Thuế thu nhập cá nhân (sửa đổi).',
    ])).toEqual([['Lê Văn Thành', ['speaker']]]);
  });

  it('asking and going on with the questions at a council session, and a promise (provincial paper)', () => {
    expect(vi([
      'Chiều 3-12, HĐND tỉnh tiếp tục phiên chất vấn tại kỳ họp thứ 12.',
      'Đại biểu Lò Thị Mai đặt câu hỏi về tiến độ giải ngân vốn.',
      'Đại biểu Trần Văn Hào tiếp tục chất vấn về các công trình chậm tiến độ.',
      'Giám đốc Sở Xây dựng Phạm Quang Vinh hứa sẽ hoàn thành trong quý I.',
    ])).toEqual([['Lò Thị Mai', ['speaker']], ['Trần Văn Hào', ['speaker']], ['Phạm Quang Vinh', ['speaker']]]);
  });

  it('receiving an award at the ceremony is taking part in it', () => {
    expect(vi([
      'Sáng 10-12, Trường Đại học Y Dược tổ chức lễ tốt nghiệp cho 600 tân bác sĩ.',
      'Dự lễ có đồng chí Nguyễn Thị Hà, Phó Chủ tịch UBND tỉnh.',
      'Tân bác sĩ Lê Minh Khoa được trao bằng tốt nghiệp loại xuất sắc.',
    ])).toEqual([['Nguyễn Thị Hà', ['attendee']], ['Lê Minh Khoa', ['attendee']]]);
  });

  it('a recruit promising on behalf of the others, a top graduate speaking: their titles are roles (army portal, school site)', () => {
    expect(namesRolesAndParts([
      'Đồng chí Lê Văn Tư, Chủ tịch UBND huyện, chủ trì lễ giao nhận quân.',
      'Thay mặt 186 tân binh của huyện, tân binh Hồ Văn Tý hứa sẽ hoàn thành tốt nhiệm vụ.',
      'Em Đỗ Thu Trang, thủ khoa ngành Kế toán, phát biểu cảm ơn thầy cô.',
    ], 'vi')).toEqual([
      ['Lê Văn Tư', ['Chủ tịch UBND huyện'], ['chair']],
      ['Hồ Văn Tý', ['tân binh'], ['speaker']],
      ['Đỗ Thu Trang', ['thủ khoa ngành Kế toán'], ['speaker']],
    ]);
  });

  it('"thừa nhận" is speech; a chief executive ("Giám đốc điều hành") does not chair', () => {
    expect(namesRolesAndParts([
      'Trả lời chất vấn, ông Đoàn Quốc Việt, Giám đốc Sở Tài nguyên và Môi trường thừa nhận việc xác định giá đất còn chậm.',
    ], 'vi')).toEqual([['Đoàn Quốc Việt', ['Giám đốc Sở Tài nguyên và Môi trường'], ['speaker']]]);
    expect(namesRolesAndParts([
      'Chủ tịch UBND tỉnh Lê Văn Hòa dự lễ khánh thành nhà máy.',
      'Bà Lee Soo-jin, Giám đốc điều hành Công ty TNHH Hanvina phát biểu cảm ơn.',
    ], 'vi')).toEqual([
      ['Lê Văn Hòa', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Lee Soo-jin', ['Giám đốc điều hành Công ty TNHH Hanvina'], ['speaker']],
    ]);
  });

  it('announcing a decision at the ceremony is speech; performing there is taking part (school site, charity event)', () => {
    expect(vi([
      'Sáng 20-12, Trường Đại học Kỹ thuật tổ chức lễ trao bằng tốt nghiệp. Dự lễ có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.',
      'TS. Âu Dương Phong, Trưởng phòng Đào tạo công bố quyết định công nhận tốt nghiệp.',
      'Cũng tại buổi lễ, ca sĩ Hà My, đại sứ thiện chí của Quỹ, biểu diễn hai ca khúc.',
    ])).toEqual([['Lê Văn Hòa', ['attendee']], ['Âu Dương Phong', ['speaker']], ['Hà My', ['attendee']]]);
    // A ministry announcing figures, a singer's coming show: no one taking part in an event.
    expect(vi(['Bộ Y tế công bố số ca mắc sốt xuất huyết. Ca sĩ Hà My sẽ biểu diễn tại Hà Nội vào tháng sau.'])).toEqual([]);
  });

  it('no event: a bill sent to the Prime Minister, an award years ago, a promise made long ago', () => {
    expect(vi(['Chủ tịch UBND tỉnh Trần Văn Nam trình Thủ tướng đề án thành lập khu kinh tế.'])).toEqual([]);
    expect(vi(['Năm 2020, ông Nguyễn Văn Bình được trao Huân chương Lao động hạng Ba.'])).toEqual([]);
    expect(vi(['Ông Nguyễn Văn Bình từng được trao Huân chương Lao động hạng Ba.'])).toEqual([]);
    expect(vi(['Giám đốc Sở Xây dựng Phạm Quang Vinh hứa sẽ hoàn thành công trình trong quý I.'])).toEqual([]);
    // Empowered, not awarded.
    expect(vi(['Giám đốc Sở Xây dựng Phạm Quang Vinh được trao quyền quyết định các gói thầu nhỏ.'])).toEqual([]);
  });
  it('a delegate who "bổ sung" (adds), and one whose verb follows "thì" (National Assembly group, district council)', () => {
    expect(vi([
      'Chiều 5/12, Tổ đại biểu Quốc hội số 3 họp thảo luận về dự án Luật Địa chất dưới sự chủ trì của Trưởng đoàn Phạm Văn Hòa.',
      'Đại biểu Nguyễn Văn An (đoàn Hà Tĩnh) thì nêu ý kiến về thẩm quyền cấp phép.',
      'Đại biểu Trần Thị Hoa bổ sung rằng cần làm rõ trách nhiệm của địa phương.',
    ])).toEqual([['Phạm Văn Hòa', ['chair']], ['Nguyễn Văn An', ['speaker']], ['Trần Thị Hoa', ['speaker']]]);
    expect(vi([
      'Sáng 3/12, HĐND huyện Tân Phú khai mạc kỳ họp thứ 12 do Chủ tịch HĐND huyện Lê Thị Mai chủ trì.',
      'Ông Võ Thanh Sơn, Trưởng ban Kinh tế - Xã hội, thì cho rằng dự toán thu ngân sách còn thấp; bà Đặng Thu Hà bổ sung thêm về nợ đọng xây dựng cơ bản.',
    ])).toEqual([['Lê Thị Mai', ['chair']], ['Võ Thanh Sơn', ['speaker']], ['Đặng Thu Hà', ['speaker']]]);
  });

  it('lists no one who "bổ sung" (supplements) funds, an agency as the subject', () => {
    expect(vi([
      'Sở Tài chính tỉnh bổ sung 20 tỷ đồng kinh phí cho các huyện miền núi, theo quyết định của UBND tỉnh.',
    ])).toEqual([]);
  });
});
