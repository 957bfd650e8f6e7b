import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

const viRoles = (paragraphs: string[]) => namesRolesAndParts(paragraphs, 'vi');

// Foreign guests in Vietnamese reports: an honorific glued to the name by a missing space, a Korean name written as
// one hyphenated word after lowercase "ngài", a foreign mayor's title.
describe('foreign names in Vietnamese text', () => {
  it('an honorific glued to the name (provincial portal typo)', () => {
    expect(viRoles([
      'Chiều 5-12, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp NgàiMit-suo Sakaba, Tổng Lãnh sự Nhật Bản tại Đà Nẵng.',
      'Ngài Sakaba cảm ơn tỉnh đã tạo điều kiện cho các doanh nghiệp Nhật Bản.',
    ])).toEqual([
      ['Lê Văn Hòa', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Mit-suo Sakaba', ['Tổng Lãnh sự Nhật Bản tại Đà Nẵng'], ['attendee', 'speaker']],
    ]);
  });

  it('a hyphenated Korean name after lowercase "ngài", leading the delegation, and named again (city paper)', () => {
    expect(viRoles([
      'Sáng 5-12, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp đoàn công tác thành phố Gimhae (Hàn Quốc) do ngài Oh-Sae-Hyun, ' +
        'Thị trưởng thành phố Gimhae làm Trưởng đoàn.',
      'Thị trưởng Oh-Sae-Hyun bày tỏ mong muốn mở đường bay thẳng giữa hai địa phương.',
    ])).toEqual([
      ['Lê Văn Hòa', ['Chủ tịch UBND tỉnh'], ['attendee']],
      ['Oh-Sae-Hyun', ['Thị trưởng thành phố Gimhae'], ['attendee', 'speaker']],
    ]);
  });

  it('a visiting delegation led by a foreign councillor "đến thăm", and a host who introduces the province (city paper)', () => {
    expect(namesRolesAndParts([
      'Sáng 6-11, Sở Du lịch tiếp đoàn đại biểu TP Ansan (Hàn Quốc) do ông Kim Jung-taek, Phó Chủ tịch Hội đồng thành phố ' +
        'đến thăm và làm việc tại tỉnh.',
      'Tại buổi làm việc, đồng chí Trịnh Hàng, Giám đốc Sở Du lịch đã giới thiệu tình hình kinh tế của tỉnh.',
    ], 'vi')).toEqual([
      ['Kim Jung-taek', ['Phó Chủ tịch Hội đồng thành phố'], ['attendee']],
      ['Trịnh Hàng', ['Giám đốc Sở Du lịch'], ['speaker']],
    ]);
    // A visit still to come lists no one.
    expect(namesRolesAndParts(['Dự kiến tháng sau, ông Kim Jung-taek, Phó Chủ tịch Hội đồng thành phố Ansan sẽ đến thăm tỉnh.'], 'vi'))
      .toEqual([]);
  });

  it('not a name: a brand in camel case, a hyphenated place', () => {
    expect(viRoles([
      'Chủ tịch UBND tỉnh Lê Văn Hòa dự lễ khánh thành nhà máy của Công ty BàSáu Food tại Khu công nghiệp Nhơn Trạch.',
    ])).toEqual([['Lê Văn Hòa', ['Chủ tịch UBND tỉnh'], ['attendee']]]);
    expect(viRoles([
      'Chủ tịch UBND tỉnh Lê Văn Hòa dự lễ ra mắt đường bay tới Xan-Phran-Xi-xcô.',
    ])).toEqual([['Lê Văn Hòa', ['Chủ tịch UBND tỉnh'], ['attendee']]]);
  });
  it('a foreign name after a title whose organisation has its acronym in brackets, or after a one-word foreign place', () => {
    expect(viRoles([
      'Sáng 8/12, Phó Chủ tịch UBND tỉnh Lê Tấn Đạt tiếp đoàn công tác của các tổ chức quốc tế.',
      'Cùng đi với đoàn có Phó Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam Maria Holm.',
    ])).toEqual([
      ['Lê Tấn Đạt', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Maria Holm', ['Phó Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam'], ['attendee']],
    ]);
    expect(viRoles([
      'Chiều 5/6, Bí thư Tỉnh ủy Trần Văn Nam hội đàm trực tuyến với Thống đốc tỉnh Fukuoka Hattori Seitaro.',
    ])).toEqual([
      ['Trần Văn Nam', ['Bí thư Tỉnh ủy'], ['attendee']],
      ['Hattori Seitaro', ['Thống đốc tỉnh Fukuoka'], ['attendee']],
    ]);
    // A place visited, no title before it: no one.
    expect(viRoles([
      'Đoàn công tác tỉnh Lào Cai do Phó Chủ tịch UBND tỉnh Lê Văn An dẫn đầu đã đến thăm tỉnh Yunnan Kunming.',
    ])).toEqual([['Lê Văn An', ['Phó Chủ tịch UBND tỉnh'], ['attendee']]]);
  });
});
