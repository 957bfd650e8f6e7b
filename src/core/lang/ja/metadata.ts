import type { MetadataWords } from '../metadata-word-types';

/** Japanese words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: {},
  updated: ['更新'],
  bylinePrefixes: ['文', '記者', '筆者'],
  placeholderAuthors: [],
  roles: [],
  deskWords: ['編集部'],
  authorPaths: [],
  dateConnectors: ['公開', '配信'],
  weekdays: ['月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜'],
  dateLineWords: ['年', '月', '日', '時', '分', '午前', '午後', '曜日'],
};
