import type { MetadataWords } from '../metadata-word-types';

/** Vietnamese words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: {},
  updated: ['cập nhật'],
  bylinePrefixes: ['bài', 'bài và ảnh', 'ảnh', 'theo', 'tác giả', 'bài, ảnh', 'nhóm phóng viên', 'pv', 'ctv'],
  placeholderAuthors: ['khách', 'ẩn danh', 'quản trị viên'],
  roles: ['phóng viên', 'biên tập viên', 'cộng tác viên'],
  deskWords: ['nhóm phóng viên', 'ban biên tập'],
  authorPaths: ['tac-gia', 'tacgia'],
  dateConnectors: ['ngày', 'lúc'],
  weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
  dateLineWords: ['cn', 'tháng', 'giờ', 'phút', 'đăng', 'sáng', 'chiều', 'tối', 'trưa'],
};
