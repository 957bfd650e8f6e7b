import { describe, expect, test } from 'vitest';
import { bylineNames } from '../../src/core/export/byline-names';

describe('bylineNames', () => {
  test.each([
    ['Nguyễn Văn An', 'vi', [{ family: 'Nguyễn', given: 'Văn An' }]],
    ['Từ Ngọc Bảo', 'vi', [{ family: 'Từ', given: 'Ngọc Bảo' }]],
    ['Lê Minh', 'vi', [{ family: 'Lê', given: 'Minh' }]],
    ['NGUYỄN VĂN AN', 'vi', [{ family: 'NGUYỄN', given: 'VĂN AN' }]],
    // Fixture bylines: Vietnamese pen names have no family name and are cited whole.
    ['Quốc Hương', 'vi', [{ literal: 'Quốc Hương' }]],
    ['Minh Trí', 'vi', [{ literal: 'Minh Trí' }]],
    ['Đức Hùng', 'vi', [{ literal: 'Đức Hùng' }]],
    ['Marcus Feld', 'en', [{ family: 'Feld', given: 'Marcus' }]],
    ['Tran Van Loc', 'en', [{ family: 'Tran', given: 'Van Loc' }]],
    ['Le Thi Hoa', 'en', [{ family: 'Le', given: 'Thi Hoa' }]],
    ['Mai Anderson', 'en', [{ family: 'Anderson', given: 'Mai' }]],
    ['Hendrik van Aalst', 'en', [{ family: 'van Aalst', given: 'Hendrik' }]],
    ['By Marcus Feld, Staff Writer', 'en', [{ family: 'Feld', given: 'Marcus' }]],
    ['Minh Trí - Quốc Hương', 'vi', [{ literal: 'Minh Trí' }, { literal: 'Quốc Hương' }]],
    ['Nguyễn Văn An và Trần Thị Bình', 'vi', [{ family: 'Nguyễn', given: 'Văn An' }, { family: 'Trần', given: 'Thị Bình' }]],
    ['Jane Doe and John Roe', 'en', [{ family: 'Doe', given: 'Jane' }, { family: 'Roe', given: 'John' }]],
    ['Minh Trí (TTXVN)', 'vi', [{ literal: 'Minh Trí' }]],
    ['Báo Thanh Hóa', 'vi', [{ literal: 'Báo Thanh Hóa' }]],
    ['Ban Tuyên giáo Tỉnh ủy', 'vi', [{ literal: 'Ban Tuyên giáo Tỉnh ủy' }]],
    ['TTXVN', 'vi', [{ literal: 'TTXVN' }]],
    ['PV', 'vi', [{ literal: 'PV' }]],
    ['Reuters', 'en', [{ literal: 'Reuters' }]],
    ['Kellerton Ledger Staff', 'en', [{ literal: 'Kellerton Ledger Staff' }]],
    ['Ministry of Agriculture and Rural Development', 'en', [{ literal: 'Ministry of Agriculture and Rural Development' }]],
  ])('%s (%s)', (byline, lang, expected) => {
    expect(bylineNames(byline, lang)).toEqual(expected);
  });

  test('the site name as byline is an organisation; no byline is no author', () => {
    expect(bylineNames('Lumen Water', 'en', 'Lumen Water')).toEqual([{ literal: 'Lumen Water' }]);
    expect(bylineNames(null, 'vi')).toEqual([]);
    expect(bylineNames('  ', 'vi')).toEqual([]);
  });
});
