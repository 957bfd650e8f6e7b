import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

const viRoles = (paragraphs: string[]) => namesRolesAndParts(paragraphs, 'vi');

// Party titles as provincial papers shorten them (TUV, UVBTV, TVTU, "Thường vụ Tỉnh ủy"): right after a dash or a
// comma they were read as no title, which ended the person's roles and cut them off from their verb.
describe('shortened party titles (vi)', () => {
  it('"X - TUV, Giám đốc Sở …" then a verb of speech, in a report with a chair (provincial paper)', () => {
    expect(viRoles([
      'Đồng chí Lò Văn Sinh, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
      'Đồng chí Nguyễn Văn Thắng - TUV, Giám đốc Sở Tài chính cho biết năm 2025 thu ngân sách đạt 120% dự toán.',
    ])).toEqual([
      ['Lò Văn Sinh', ['Phó Chủ tịch UBND tỉnh'], ['chair']],
      ['Nguyễn Văn Thắng', ['TUV', 'Giám đốc Sở Tài chính'], ['speaker']],
    ]);
  });

  it('UVBTV and TVTU after dashes inside a list (party portal)', () => {
    expect(viRoles([
      'Dự hội nghị có đồng chí Lê Thị Hoa - UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh và đồng chí Trần Văn Bảy - TVTU, ' +
        'Trưởng ban Tuyên giáo Tỉnh ủy.',
    ])).toEqual([
      ['Lê Thị Hoa', ['UVBTV Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Trần Văn Bảy', ['TVTU', 'Trưởng ban Tuyên giáo Tỉnh ủy'], ['attendee']],
    ]);
  });

  it('"Thường vụ Tỉnh ủy" and "TUV" after commas before the chairing verb (national daily)', () => {
    expect(viRoles(['Đồng chí Nguyễn Văn Thắng, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.']))
      .toEqual([['Nguyễn Văn Thắng', ['Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'], ['chair']]]);
    expect(viRoles(['Đồng chí Nguyễn Văn Thắng, TUV, Giám đốc Sở Tài chính chủ trì hội nghị.']))
      .toEqual([['Nguyễn Văn Thắng', ['TUV', 'Giám đốc Sở Tài chính'], ['chair']]]);
  });

  it('"UVT.Ư Đảng" (member of the Central Committee) opening a chain of titles before "dự và chủ trì" (provincial paper)', () => {
    expect(viRoles([
      'Chiều 6-8, đồng chí Lê Thị Thu, UVT.Ư Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị Ban Thường vụ Tỉnh ủy.',
    ])).toEqual([['Lê Thị Thu', ['UVT.Ư Đảng', 'Bí thư Tỉnh ủy'], ['chair']]]);
  });

  it('no one: the standing committee meeting as a body, a count of members', () => {
    expect(viRoles(['Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án sáp nhập các xã.'])).toEqual([]);
    expect(viRoles(['Đảng bộ tỉnh hiện có 53 TUV, trong đó 15 UVBTV.'])).toEqual([]);
  });
});
