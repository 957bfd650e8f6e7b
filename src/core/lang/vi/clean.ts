import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Vietnamese cues (news CMSs of Vietnamese papers: sapo, "Tin liên quan", comment boxes, gold and weather widgets). */
export const vi: LanguageCues = {
  lang: 'vi',
  comments: [
    'bình luận', 'ý kiến', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi bình luận', 'viết bình luận', 'gửi ý kiến',
    'ý kiến của bạn sẽ được biên tập trước khi đăng', 'vui lòng gõ tiếng việt có dấu', 'bạn đọc bình luận',
    'trả lời', 'xem thêm ý kiến', 'xem thêm bình luận',
  ],
  related: [
    'tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'xem thêm', 'đọc thêm', 'các tin khác', 'tin khác',
    'bài viết liên quan', 'tin bài liên quan', 'có thể bạn quan tâm', 'cùng chuyên mục', 'tin mới', 'đọc tiếp',
  ],
  newsletter: ['đăng ký nhận tin', 'nhận bản tin', 'bản tin', 'đăng ký nhận bản tin'],
  share: ['chia sẻ', 'chia sẻ thông tin với bạn bè', 'chia sẻ bài viết', 'sao chép liên kết', 'chia sẻ facebook', 'tắt x', 'tắt'],
  ads: ['quảng cáo', 'tài trợ', 'nội dung tài trợ'],
  weather: ['thời tiết', 'dự báo thời tiết', 'độ ẩm'],
  markets: ['giá vàng', 'tỷ giá', 'tỷ giá ngoại tệ', 'chứng khoán', 'giá xăng dầu', 'giá cả thị trường', 'tỉ giá'],
  cookies: ['chấp nhận cookie', 'sử dụng cookie', 'chính sách cookie'],
  toolbar: ['bản in', 'in bài viết', 'in bài', 'gửi email', 'gửi bài viết', 'cỡ chữ', 'lượt xem', 'nghe đọc bài', 'lưu bài', 'giảm cỡ chữ', 'tăng cỡ chữ'],
  authorBio: ['giới thiệu tác giả', 'về tác giả', 'thông tin tác giả'],
  tags: ['từ khóa', 'từ khoá', 'thẻ', 'chủ đề', 'tags'],
  nowReading: ['đang đọc', 'bạn đang đọc'],
  readingTime: ['phút đọc', 'thời gian đọc'],
  prevNext: ['bài trước', 'bài tiếp theo', 'bài sau', 'tin trước', 'tin sau', 'tin tiếp theo', 'bài viết trước', 'bài viết tiếp theo'],
  pressSections: ['giới thiệu về', 'thông tin liên hệ', 'liên hệ báo chí', 'liên hệ'],
  callsToAction: ['mời quý độc giả', 'mời bạn đọc theo dõi', 'đăng ký nhận', 'bấm vào đây', 'nhấn vào đây', 'tải ứng dụng'],
  statusNotices: ['đang tải', 'đang tải video', 'đang tải dữ liệu', 'video không khả dụng', 'trình duyệt của bạn không hỗ trợ video'],
  supportAppeals: ['ủng hộ báo', 'ủng hộ tòa soạn', 'đóng góp cho tòa soạn'],
  videoLabels: ['video', 'xem video', 'clip', 'xem clip', 'video clip'],
  appPromos: ['ứng dụng', 'app'],
  deskLabels: ['phòng thời sự', 'ban thời sự', 'ban kinh tế', 'ban xã hội', 'ban biên tập', 'nhóm phóng viên', 'nhóm pv', 'pv', 'bbt', 'tòa soạn'],
  fieldLabels: ['chuyên mục', 'danh mục', 'ngày đăng', 'cập nhật', 'nguồn'],
  copyrightNotices: ['bản quyền thuộc về', 'giữ bản quyền'],
  creditWords: ['ảnh', 'nguồn ảnh'],
  ctaVerbs: ['theo dõi', 'đăng ký', 'tải', 'xem', 'nghe', 'chia sẻ', 'bấm', 'nhấn', 'cài đặt'],
  ctaChannels: ['facebook', 'fanpage', 'zalo', 'youtube', 'tiktok', 'bản tin', 'ứng dụng'],
  bioVerbs: ['là phóng viên', 'là biên tập viên', 'là cộng tác viên', 'là nhà báo'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: {
    comments: ['binhluan', 'ykien', 'comment'],
    related: ['tinlienquan', 'lienquan', 'tlq', 'tinkhac', 'cungchuyenmuc'],
    share: ['chiase'],
    ads: ['quangcao', 'qc'],
    weather: ['thoitiet'],
    markets: ['giavang', 'tygia', 'tigia', 'chungkhoan', 'giaxang'],
    tags: ['tukhoa', 'tag'],
  },
  wordsPerMinute: 200,
};
