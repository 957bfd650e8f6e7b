import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Chinese cues (simplified and traditional; news portals and blogs). */
export const zh: LanguageCues = {
  lang: 'zh',
  comments: ['评论', '評論', '发表评论', '發表評論', '网友评论', '网友留言', '留言', '回复', '回覆'],
  related: ['相关新闻', '相關新聞', '相关阅读', '相關閱讀', '相关文章', '相關文章', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '热门文章', '熱門文章', '更多新闻', '猜你喜欢', '阅读更多', '阅读排行'],
  statusNotices: [],
  supportAppeals: [],
  newsletter: ['订阅', '訂閱', '电子报', '電子報'],
  share: ['分享', '分享到', '转发', '轉發', '复制链接', '複製連結'],
  ads: ['广告', '廣告', '赞助', '贊助'],
  weather: ['天气', '天氣', '天气预报'],
  markets: ['股市', '汇率', '匯率', '行情'],
  cookies: ['我们使用cookie', '本网站使用cookie', '接受'],
  toolbar: ['打印', '列印', '字号', '字體', '返回', '返回顶部', '回到顶部', '收藏'],
  authorBio: ['作者简介', '作者簡介', '关于作者', '關於作者'],
  tags: ['标签', '標籤', '关键词', '關鍵字', '关键字'],
  nowReading: ['正在阅读'],
  readingTime: ['阅读时间', '閱讀時間', '分钟阅读', '阅读需要'],
  prevNext: ['上一篇', '下一篇', '上一页', '下一页'],
  pressSections: ['关于', '關於', '媒体联系', '聯絡我們', '联系我们'],
  callsToAction: ['关注我们', '扫码关注', '点击这里', '下载app', '下载客户端'],
  videoLabels: ['视频', '視頻', '影片'],
  appPromos: ['客户端', 'app'],
  deskLabels: ['编辑部', '編輯部'],
  fieldLabels: ['分类', '分類', '栏目', '欄目', '发布时间', '發布時間', '发布日期', '更新时间', '来源', '來源', '出处'],
  copyrightNotices: ['版权所有', '版權所有', '保留所有权利', '未经授权不得转载'],
  creditWords: ['图', '圖', '图片', '圖片', '摄影', '攝影', '来源', '來源'],
  ctaVerbs: ['关注', '订阅', '下载', '分享'],
  ctaChannels: ['微信', '微博', '公众号', 'app'],
  bioVerbs: ['是记者', '是一名'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: {},
  wordsPerMinute: 300,
};
