import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Japanese cues (news sites and blogs). */
export const ja: LanguageCues = {
  lang: 'ja',
  comments: ['コメント', 'コメントする', 'コメントを書く', 'コメント一覧', '返信'],
  related: ['関連記事', '関連ニュース', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '人気記事', 'もっと見る', '続きを読む', '最新記事', 'ランキング'],
  statusNotices: [],
  supportAppeals: [],
  newsletter: ['メールマガジン', 'メルマガ', 'ニュースレター', '登録する'],
  share: ['シェア', 'シェアする', '共有', 'ツイート', 'リンクをコピー'],
  ads: ['広告', 'スポンサー', 'pr'],
  weather: ['天気', '天気予報'],
  markets: ['株価', '為替', '市況'],
  cookies: ['cookieを使用', 'クッキーを使用', '同意する', 'すべて同意'],
  toolbar: ['印刷', '文字サイズ', '戻る', 'トップへ戻る', 'ページの先頭へ', '保存'],
  authorBio: ['著者について', '筆者紹介', 'プロフィール', '執筆者'],
  tags: ['タグ', 'キーワード', 'カテゴリー', 'カテゴリ'],
  nowReading: ['この記事を読む'],
  readingTime: ['読了時間', '分で読めます', '分で読める'],
  prevNext: ['前の記事', '次の記事', '前へ', '次へ'],
  pressSections: ['について', 'お問い合わせ', '報道関係者'],
  callsToAction: ['フォローする', 'こちらをクリック', 'アプリをダウンロード', '登録はこちら'],
  videoLabels: ['動画', 'ビデオ'],
  appPromos: ['アプリ'],
  deskLabels: ['編集部'],
  fieldLabels: ['カテゴリー', 'カテゴリ', '公開日', '投稿日', '更新日', '配信日', '出典', '出所'],
  copyrightNotices: ['無断転載', '無断複製', '無断転載を禁じます', '著作権'],
  creditWords: ['写真', '画像', '提供', '撮影'],
  ctaVerbs: ['フォロー', '登録', 'ダウンロード', 'シェア'],
  ctaChannels: ['line', 'twitter', 'facebook', 'youtube', 'アプリ'],
  bioVerbs: ['記者', 'ライター'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: {},
  wordsPerMinute: 400,
};
