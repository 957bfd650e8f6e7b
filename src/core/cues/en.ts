import type { LanguageCues } from './types';

/** English cues; also the fallback merged into every other language. */
export const en: LanguageCues = {
  lang: 'en',
  comments: [
    'comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'join the discussion',
    'join the conversation', 'reader comments', 'responses', 'discussion', 'show comments', 'view comments',
  ],
  related: [
    'related', 'related stories', 'related articles', 'related news', 'related posts', 'related press releases',
    'read more', 'read also', 'see also', 'more stories', 'more from', 'more on this', 'more news', 'also read',
    'you may also like', 'recommended', 'further reading', 'more in',
  ],
  newsletter: [
    'newsletter', 'sign up', 'signup', 'subscribe', 'in your inbox', 'get the briefing', 'stay informed',
    'email updates', 'delivered to your inbox',
  ],
  share: [
    'share', 'share this', 'share this page', 'share this article', 'share this story', 'share on facebook',
    'share on x', 'share on twitter', 'copy link', 'tweet', 'email this',
  ],
  ads: ['advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'story continues below advertisement'],
  weather: ['weather', 'forecast', 'weather forecast', 'humidity', 'feels like'],
  markets: [
    'gold price', 'gold prices', 'exchange rate', 'exchange rates', 'currency rates', 'markets', 'market data',
    'stocks', 'stock market', 'indices', 'fuel prices',
  ],
  cookies: [
    'we use cookies', 'uses cookies', 'this website uses cookies', 'cookie policy', 'cookie settings', 'accept all',
    'accept cookies', 'manage preferences', 'cookie consent', 'your privacy choices',
  ],
  toolbar: [
    'print', 'print this page', 'print article', 'email', 'font size', 'text size', 'increase font size',
    'decrease font size', 'views', 'listen', 'listen to this article', 'bookmark', 'save', 'download pdf',
  ],
  authorBio: ['about the author', 'about the authors', 'author bio', 'more by', 'more from this author', 'reach him at', 'reach her at', 'reach them at', 'contact the author'],
  tags: ['tags', 'tagged', 'topics', 'keywords', 'filed under', 'more about'],
  nowReading: ['now reading', 'you are reading', 'currently reading', 'reading'],
  bylinePrefixes: ['by', 'written by', 'words by', 'story by', 'reporting by', 'text and photos by'],
  classHints: {
    comments: ['comment', 'comments', 'reply', 'replies', 'respond', 'disqus', 'discussion', 'cmt'],
    related: ['related', 'relatedposts', 'recommended', 'readmore', 'seealso', 'morestories'],
    newsletter: ['newsletter', 'newsletters', 'subscribe', 'signup', 'subscription', 'optin'],
    share: ['share', 'sharing', 'social', 'sharer', 'sharebar'],
    ads: ['ad', 'ads', 'advert', 'advertisement', 'adv', 'adslot', 'dfp', 'gpt', 'sponsor', 'sponsored'],
    weather: ['weather', 'wx', 'forecast'],
    markets: ['gold', 'goldprice', 'forex', 'stocks', 'ticker', 'exchangerate', 'currency'],
    cookies: ['cookie', 'cookies', 'consent', 'gdpr', 'cc'],
    toolbar: ['toolbar', 'tools', 'print', 'font', 'fontsize', 'textsize', 'tb'],
    authorBio: ['bio', 'biography', 'authorbio', 'author'],
    tags: ['tag', 'tags', 'keywords', 'topics'],
    nowReading: ['sticky', 'nowreading', 'fixed'],
  },
  wordsPerMinute: 230,
};
