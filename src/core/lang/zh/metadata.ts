import type { MetadataWords } from '../metadata-word-types';

/** Chinese words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: {},
  updated: ['更新'],
  bylinePrefixes: ['作者', '记者', '記者', '文', '编辑', '編輯', '责任编辑'],
  placeholderAuthors: [],
  roles: [],
  deskWords: ['编辑部', '編輯部'],
  authorPaths: ['zuozhe'],
  dateConnectors: ['发布', '發布'],
  weekdays: ['星期', '周'],
  dateLineWords: ['年', '月', '日', '时', '分', '来源', '今天', '昨天', '小时前', '分钟前'],
};
