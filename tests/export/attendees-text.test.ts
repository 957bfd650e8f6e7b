import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { attendeesText } from '../../src/core/export/attendees-text';

const labels = {
  chair: 'Chaired by', speaker: 'Speakers', attendee: 'Attended', groups: 'Also present',
  also: { chair: 'also chaired', speaker: 'also spoke', attendee: 'also attended' },
};

describe('attendeesText', () => {
  it('lists the founding page’s people once each, under their main part, with roles and what else they did', () => {
    const { attendees } = JSON.parse(readFileSync('tests/fixtures/baothanhhoa-giao-ban-dan-van/expected.json', 'utf8'));
    const people = attendees.people.map((p: object) => ({ ...p, evidence: [] }));
    const text = attendeesText({ people, groups: attendees.groups }, labels);
    expect(text).toBe(
      'Chaired by:\n- Lại Thế Nguyên — Phó Bí thư Thường trực Tỉnh ủy (also spoke)\n\n' +
        'Speakers:\n- Phạm Thị Thanh Thủy — Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh\n' +
        '- Đầu Thanh Tùng — Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh\n\n' +
        'Attended:\n- Nguyễn Quang Hải — Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh\n\n' +
        `Also present:\n${attendees.groups.map((g: string) => `- ${g}`).join('\n')}\n`,
    );
  });

  it('leaves out empty sections', () => {
    expect(attendeesText({ people: [{ name: 'Denise Okafor', roles: [], parts: ['chair'], evidence: [] }], groups: [] }, labels)).toBe(
      'Chaired by:\n- Denise Okafor\n',
    );
  });
});
