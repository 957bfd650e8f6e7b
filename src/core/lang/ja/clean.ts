import type { LanguageCues } from '../clean-cue-types';

/** Japanese cues (news sites and blogs). */
export const ja: LanguageCues = {
  lang: 'ja',
  comments: ['コメント', 'コメントする', 'コメントを書く', 'コメント一覧', '返信'],
  related: ['関連記事', '関連ニュース', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '人気記事', 'もっと見る', '続きを読む', '最新記事', 'ランキング'],
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
  prevNext: ['前の記事', '次の記事', '前へ', '次へ'],
  pressSections: ['について', 'お問い合わせ', '報道関係者'],
  callsToAction: ['フォローする', 'こちらをクリック', 'アプリをダウンロード', '登録はこちら'],
  creditWords: ['写真', '画像', '提供', '撮影'],
  ctaVerbs: ['フォロー', '登録', 'ダウンロード', 'シェア'],
  ctaChannels: ['line', 'twitter', 'facebook', 'youtube', 'アプリ'],
  bioVerbs: ['記者', 'ライター'],
  dateWords: ['年', '月', '日', '時', '分', '午前', '午後', '更新', '公開', '配信', '曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜'],
  bylinePrefixes: ['文', '記者', '筆者'],
  classHints: {},
  wordsPerMinute: 400,
};
