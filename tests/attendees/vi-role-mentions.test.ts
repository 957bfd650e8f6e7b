import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Vietnamese reports name a leader in full once and then by the title alone, without "đồng chí" before it.
describe('a title alone opening a clause stands for its one holder (vi)', () => {
  it('joins "Tổng Bí thư nêu rõ" and "Bộ trưởng nhấn mạnh" to the person named in full before', () => {
    expect(namesRolesAndParts([
      'Sáng 5/12, Tổng Bí thư Tô Văn Lâm dự Hội nghị tổng kết công tác năm của Ban Tuyên giáo Trung ương.',
      'Phát biểu tại hội nghị, Tổng Bí thư nêu rõ những kết quả quan trọng.',
      'Bộ trưởng Bộ Y tế Đào Thị Mai cùng dự. Kết luận hội nghị, Bộ trưởng nhấn mạnh yêu cầu đổi mới.',
    ], 'vi')).toEqual([
      ['Tô Văn Lâm', ['Tổng Bí thư'], ['attendee', 'speaker']],
      ['Đào Thị Mai', ['Bộ trưởng Bộ Y tế'], ['attendee', 'speaker']],
    ]);
  });

  it('keeps a second title after a name and a comma as that name\'s role, not a mention of someone else', () => {
    expect(namesRolesAndParts([
      'Dự hội nghị có đồng chí Nguyễn Quang Hùng, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Lê Văn Tâm, Giám đốc Sở Y tế.',
      'Phó Chủ tịch UBND tỉnh đề nghị các địa phương chủ động phòng dịch.',
    ], 'vi')).toEqual([
      ['Nguyễn Quang Hùng', ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh'], ['attendee', 'speaker']],
      ['Lê Văn Tâm', ['Giám đốc Sở Y tế'], ['attendee']],
    ]);
  });

  it('joins no one when two people hold the title', () => {
    expect(namesRolesAndParts([
      'Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Phó Chủ tịch UBND tỉnh Trần Thị Bình.',
      'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị các sở chủ động.',
    ], 'vi')).toEqual([
      ['Nguyễn Văn An', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
      ['Trần Thị Bình', ['Phó Chủ tịch UBND tỉnh'], ['attendee']],
    ]);
  });
});
