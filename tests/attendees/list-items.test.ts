import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


// A verb after a list reaches every item, whatever each item carries between the names: its bracket, its roles
// after a comma or a semicolon, a description written before the next name.
describe('a cue after a list reaches items that carry brackets and appositions (English)', () => {
  it('past party tags in brackets', () => {
    expect(namesRolesAndParts([
      'The hearing was chaired by Sen. Ruth Ambler.',
      'Sens. Walt Pruitt (R-Ohio) and Nadia Ferreira (D-Nev.) asked about the backlog of inspections.',
    ]).map(([name, , parts]) => [name, parts])).toEqual([
      ['Ruth Ambler', ['chair']], ['Walt Pruitt', ['speaker']], ['Nadia Ferreira', ['speaker']],
    ]);
  });

  it('past wards in brackets, with the plural title over the list', () => {
    expect(namesRolesAndParts([
      'Mayor Jonas Adeyemi chaired the meeting on Monday.',
      'Councillors Ama Boateng (Ward 4), Luis Ortega (Ward 9) and Hana Sato (Ward 2) voted against the plan.',
    ])).toEqual([
      ['Jonas Adeyemi', ['Mayor'], ['chair']],
      ['Ama Boateng', ['Councillor'], ['attendee']],
      ['Luis Ortega', ['Councillor'], ['attendee']],
      ['Hana Sato', ['Councillor'], ['attendee']],
    ]);
  });

  it('past a role written before the next name with a possessive', () => {
    expect(namesRolesAndParts([
      'The committee, chaired by Cllr Priya Dunmore, met on Tuesday.',
      'Northgate Water chair Colm Ferris and the company\'s general counsel, Ines Laval, urged members to approve the rise.',
    ])).toEqual([
      ['Priya Dunmore', ['Cllr'], ['chair']],
      ['Colm Ferris', ['Northgate Water chair'], ['speaker']],
      ['Ines Laval', ['company\'s general counsel'], ['speaker']],
    ]);
  });

  it('past lowercase words describing an item, after "Those who spoke included"', () => {
    expect(namesRolesAndParts([
      'The board met on Monday, chaired by Trustee Ana Beltrán.',
      'Those who spoke included tenant organizer Lia Moreau, veteran nurse Derek Osei and pastor Tom Varga.',
    ]).map(([name, , parts]) => [name, parts])).toEqual([
      ['Ana Beltrán', ['chair']],
      ['Lia Moreau', ['speaker']],
      ['Derek Osei', ['speaker']],
      ['Tom Varga', ['speaker']],
    ]);
  });

  it('a name with two particles ("van der") is one name', () => {
    expect(namesRolesAndParts([
      'Speaker Thabo Nkosi presided over the sitting.',
      'DA councillor Riaan van der Walt asked how the city would pay for it.',
    ]).map(([name]) => name)).toEqual(['Thabo Nkosi', 'Riaan van der Walt']);
  });

  it('does not take a party tag in brackets for a person', () => {
    const names = namesRolesAndParts([
      'Committee Chair Dana Koval (R-Iowa) presided over the hearing.',
      'Rep. Omar Lindt (D-Minn.) asked the witnesses about costs.',
    ]).map(([name]) => name);
    expect(names).toEqual(['Dana Koval', 'Omar Lindt']);
  });

  it('past a description of the next item after "and his" (not a role of the item before)', () => {
    expect(namesRolesAndParts([
      'Chief Rosa Imbert presided over the ceremony.',
      'Captain Lee Marsh, and his deputy of six years, Lieutenant Ana Cole, also spoke.',
    ])).toEqual([
      ['Rosa Imbert', ['Chief'], ['chair']],
      ['Lee Marsh', ['Captain'], ['speaker']],
      ['Ana Cole', ['Lieutenant'], ['speaker']],
    ]);
  });
});

describe('a cue after a list reaches items that carry brackets and appositions (Vietnamese)', () => {
  it('past provinces in brackets, the verb at the end', () => {
    expect(namesRolesAndParts([
      'Đồng chí Lò Văn Khiêm, Phó Trưởng đoàn ĐBQH tỉnh điều hành phiên thảo luận.',
      'Các ĐBQH Đặng Thị Mai (Sơn La), Trịnh Văn Nam (Lai Châu) và Mùa A Sử (Điện Biên) cùng cho rằng cần sửa luật.',
    ], 'vi').map(([name, , parts]) => [name, parts])).toEqual([
      ['Lò Văn Khiêm', ['chair']],
      ['Đặng Thị Mai', ['speaker']],
      ['Trịnh Văn Nam', ['speaker']],
      ['Mùa A Sử', ['speaker']],
    ]);
  });

  it('past roles after each name and semicolons, the last role running into the verb', () => {
    expect(namesRolesAndParts([
      'Đồng chí Phan Văn Tú, Giám đốc Sở Nông nghiệp và Môi trường chủ trì hội nghị.',
      'Ông Đỗ Văn Hải, Chủ tịch UBND xã Tân Lập; bà Lê Thị Hoa, Giám đốc Hợp tác xã rau sạch Phú An và ông Cầm Văn Tỉnh, ' +
        'Hạt trưởng Hạt Kiểm lâm huyện Mộc Châu lần lượt tham luận tại hội nghị.',
    ], 'vi')).toEqual([
      ['Phan Văn Tú', ['Giám đốc Sở Nông nghiệp và Môi trường'], ['chair']],
      ['Đỗ Văn Hải', ['Chủ tịch UBND xã Tân Lập'], ['speaker']],
      ['Lê Thị Hoa', ['Giám đốc Hợp tác xã rau sạch Phú An'], ['speaker']],
      ['Cầm Văn Tỉnh', ['Hạt trưởng Hạt Kiểm lâm huyện Mộc Châu'], ['speaker']],
    ]);
  });

  it('a semicolon closes a list the verb after it reaches, but not a list a list cue opened', () => {
    expect(namesRolesAndParts([
      'Đại tá Lò Văn Hùng, Giám đốc Công an tỉnh chủ trì buổi lễ.',
      'Thượng tá Bế Thị Hoa, Trưởng phòng Cảnh sát giao thông; Trung tá Vi Văn Tâm, Trưởng Công an huyện Lộc Bình ký cam kết thi đua.',
      'Cùng dự có đồng chí Hà Văn Thu, Bí thư Huyện ủy; đồng chí Mạc Thị Yến, Chủ tịch Ủy ban MTTQ huyện chủ trì phần thảo luận.',
    ], 'vi').map(([name, , parts]) => [name, parts])).toEqual([
      ['Lò Văn Hùng', ['chair']],
      ['Mạc Thị Yến', ['chair']],
      ['Bế Thị Hoa', ['attendee']],
      ['Vi Văn Tâm', ['attendee']],
      ['Hà Văn Thu', ['attendee']],
    ]);
  });

  it('past a description two people share ("cùng trú tại …") and an organisation name holding a comma', () => {
    expect(namesRolesAndParts([
      'Hội thảo do ông Lê Văn Tấn, Giám đốc Sở Văn hóa, Thể thao và Du lịch và bà Malee Srisuk, Phó Tổng cục trưởng ' +
        'Tổng cục Du lịch Thái Lan đồng chủ trì.',
      'Ông Lã Văn Khải và ông Khúc Văn Thọ, cùng trú tại xã Yên Lạc, kiến nghị bồi thường cho các hộ dân.',
    ], 'vi')).toEqual([
      ['Lê Văn Tấn', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'], ['chair']],
      ['Malee Srisuk', ['Phó Tổng cục trưởng Tổng cục Du lịch Thái Lan'], ['chair']],
      ['Lã Văn Khải', [], ['speaker']],
      ['Khúc Văn Thọ', [], ['speaker']],
    ]);
  });

  it('a role ends before "và" and a group in lowercase', () => {
    expect(namesRolesAndParts([
      'Bí thư Tỉnh ủy Hoàng Văn Nam chủ trì buổi tiếp công dân. Cùng tiếp công dân có ông Vương Văn Thành, Phó Chủ tịch ' +
        'UBND tỉnh và lãnh đạo các sở, ngành.',
    ], 'vi')).toEqual([
      ['Hoàng Văn Nam', ['Bí thư Tỉnh ủy'], ['chair']],
      ['Vương Văn Thành', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
    ]);
  });

  it('a list of connected venues goes on past "; tại điểm cầu … có"', () => {
    expect(namesRolesAndParts([
      'Đồng chí Lò Văn Thắng, Phó Bí thư Tỉnh ủy chủ trì hội nghị trực tuyến tại điểm cầu tỉnh.',
      'Dự tại điểm cầu huyện Phong Thổ có đồng chí Giàng A Dế, Bí thư Huyện ủy; tại điểm cầu huyện Tam Đường có ' +
        'đồng chí Tẩn Văn Lù, Chủ tịch UBND huyện.',
    ], 'vi')).toEqual([
      ['Lò Văn Thắng', ['Phó Bí thư Tỉnh ủy'], ['chair']],
      ['Giàng A Dế', ['Bí thư Huyện ủy'], ['attendee']],
      ['Tẩn Văn Lù', ['Chủ tịch UBND huyện'], ['attendee']],
    ]);
  });

  it('ends a role where the predicate opens ("điểm lại")', () => {
    expect(namesRolesAndParts([
      'Dự lễ khai giảng có đồng chí Hà Thị Lan, Phó Chủ tịch UBND tỉnh.',
      'Đọc diễn văn khai giảng, thầy Vũ Văn Khoa, Hiệu trưởng nhà trường điểm lại thành tích năm học trước.',
    ], 'vi')).toEqual([
      ['Hà Thị Lan', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Vũ Văn Khoa', ['Hiệu trưởng nhà trường'], ['speaker']],
    ]);
  });
});
