import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Receptions of foreign delegations, courtesy calls and interviews given to a named newspaper (vi).
describe('foreign sides, courtesy calls and interviews (vi)', () => {
  it('reads the visiting side\'s ministers by title and field, and stops the role at a greeting verb', () => {
    expect(namesRolesAndParts([
      'Chiều 12/3, Tổng Bí thư Lương Văn Khải đã tiếp Tổng thống Cộng hòa Kazakhstan Nurlan Abenov.',
      'Tổng Bí thư nhiệt liệt chào mừng Tổng thống Nurlan Abenov và Đoàn đại biểu cấp cao Kazakhstan.',
      'Phía Kazakhstan có Bộ trưởng Ngoại giao Aibek Serikbayev và Bộ trưởng Năng lượng Dana Zhaksybekova.',
    ], 'vi')).toEqual([
      ['Lương Văn Khải', ['Tổng Bí thư'], ['attendee']],
      ['Nurlan Abenov', ['Tổng thống Cộng hòa Kazakhstan'], ['attendee']],
      ['Aibek Serikbayev', ['Bộ trưởng Ngoại giao'], ['attendee']],
      ['Dana Zhaksybekova', ['Bộ trưởng Năng lượng'], ['attendee']],
    ]);
  });

  it('takes no company after a title for a person', () => {
    expect(namesRolesAndParts([
      'Sáng 8/4, UBND tỉnh tổ chức lễ ký kết với Chủ tịch Tập đoàn Hanbit Energy, ông Park Ji-hoon.',
    ], 'vi').map(([name]) => name)).not.toContain('Hanbit Energy');
  });

  it('reads an interview given to a named newspaper as speech elsewhere, and an answer to a question as speech', () => {
    expect(namesRolesAndParts([
      'Hội nghị xúc tiến đầu tư sẽ diễn ra vào tháng tới.',
      "Trả lời Báo Đắk Lắk, bà H'Lan Niê, Giám đốc Sở Tài chính, cho biết tỉnh sẽ giới thiệu 25 dự án.",
    ], 'vi')).toEqual([]);
    expect(namesRolesAndParts([
      "Chiều 3/12, HĐND tỉnh tổ chức phiên chất vấn. Trả lời chất vấn, bà H'Lan Niê, Giám đốc Sở Tài chính, cho biết tỉnh sẽ giới thiệu 25 dự án.",
    ], 'vi')).toEqual([["H'Lan Niê", ['Giám đốc Sở Tài chính'], ['speaker']]]);
  });
});
