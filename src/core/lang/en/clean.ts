import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

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
    'you may also like', 'recommended', 'further reading', 'more in', 'related coverage',
  ],
  newsletter: [
    'newsletter', 'sign up', 'signup', 'subscribe', 'in your inbox', 'get the briefing', 'stay informed',
    'email updates', 'delivered to your inbox',
  ],
  share: [
    'share', 'share this', 'share this page', 'share this article', 'share this story', 'share on facebook',
    'share on x', 'share on twitter', 'copy link', 'tweet', 'email this',
  ],
  ads: ['advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'story continues below advertisement'],
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
    'refresh', 'auto update', 'auto update on', 'auto update off', 'updates', 'new updates', 'load older updates',
    'skip to content', 'skip to main content', 'skip navigation',
  ],
  authorBio: ['about the author', 'about the authors', 'author bio', 'more by', 'more from this author', 'reach him at', 'reach her at', 'reach them at', 'contact the author'],
  tags: ['tags', 'tagged', 'topics', 'keywords', 'filed under', 'more about'],
  nowReading: ['now reading', 'you are reading', 'currently reading', 'reading'],
  readingTime: ['min read', 'mins read', 'minute read', 'minutes read', 'reading time', 'read time', 'estimated reading time', 'min to read', 'minutes to read'],
  prevNext: [
    'previous', 'next', 'previous article', 'next article', 'previous post', 'next post', 'previous story',
    'next story', 'older post', 'newer post', 'prev', 'up next', 'read next',
  ],
  pressSections: [
    'about', 'media contact', 'media contacts', 'press contact', 'press contacts', 'media enquiries', 'media inquiries',
    'investor contact', 'investor contacts', 'investor relations', 'contacts', 'contact', 'for more information',
    'notes to editors', 'note to editors', 'forward looking statements', 'safe harbor statement', 'cautionary statement',
  ],
  callsToAction: [
    'join our', 'join us on', 'follow us', 'like this story', 'share it with', 'click here', 'tap here',
    'sign up for', 'subscribe to', 'in your inbox', 'download our', 'get the app', 'get access to', 'send us your',
    'for the full story', 'to view the full story', 'to read the full story', 'to read the full article', 'to continue reading', 'already a subscriber', 'subscribe now', 'sign up here', 'must be logged in to', 'for ios and android', 'rate this article', 'let us know in the comments', 'tell us in the comments', 'become a member', 'submit your letter', 'submit a letter',
  ],
  linkPrompts: ['click here', 'tap here'],
  statusNotices: [
    'loading', 'loading video', 'loading comments', 'loading content', 'loading please wait', 'please wait',
    'media playback is unsupported on your device', 'media playback is not supported on this device',
    'this video can not be played', 'this video cannot be played', 'this video is not available',
    'video unavailable', 'to play this video you need to enable javascript in your browser',
    'your browser does not support the video tag', 'your browser does not support html video',
    'your browser does not support the audio element', 'please enable javascript to watch this video',
    'sorry this video is not available in your region', 'media cannot be played on your device',
    'added to your cart', 'added to cart', 'has been added to your cart', 'successfully added to your cart', 'added to your basket', 'added to basket',
  ],
  supportAppeals: [
    'support our journalism', 'support independent journalism', 'support quality journalism', 'support us',
    'make a contribution', 'make a donation', 'donate now', 'donate today', 'become a member',
    'become a supporter', 'become a subscriber', 'we have a small favour to ask', 'we have a small favor to ask',
    'consider supporting',
  ],
  videoLabels: ['watch', 'video', 'videos', 'watch video', 'watch the video', 'watch now', 'watch live', 'watch more', 'watch here', 'play video', 'related video', 'featured video', 'watch full video', 'click to watch', 'click to play video', 'video player', 'watch the full video', 'watch the full interview', 'watch the video below', 'watch the full interview below', 'watch the full video below', 'watch below', 'click here to watch', 'click here to watch the video', 'click to watch the video'],
  appPromos: ['app', 'apps', 'mobile app'],
  deskLabels: ['desk', 'news desk', 'metro desk', 'web desk', 'digital desk', 'staff', 'staff reports', 'staff report', 'staff writer', 'staff writers', 'newsroom', 'news team', 'editorial team', 'editorial staff', 'editorial board', 'wire services', 'wire reports', 'bureau', 'news service', 'wire service'],
  fieldLabels: ['category', 'categories', 'filed under', 'posted in', 'published', 'published on', 'posted', 'posted on', 'release date', 'news date', 'publication date', 'last updated', 'updated', 'section', 'source', 'photo credit', 'image credit', 'image source'],
  copyrightNotices: ['all rights reserved', 'rights reserved', 'may not be published, broadcast, rewritten or redistributed', 'may not be reproduced'],
  entryFooters: ['this entry was posted in', 'this entry was posted on', 'this entry was filed under', 'bookmark the permalink', 'follow any responses to this entry', 'this entry is filed under'],
  paywallNotices: ['to view the full story', 'to read the full story', 'for the full story', 'to continue reading', 'subscribe to continue reading', 'subscribe to read the full', 'this article is for subscribers', 'this content is for subscribers', 'this story is for subscribers', 'already a subscriber', 'subscribers only'],
  embedConsent: ['by loading the content you accept', 'by loading the video you accept', 'you need to accept cookies to view', 'to view this content you need to', 'this content is blocked', 'this embed is blocked', 'load external content', 'click to load the content', 'we need your consent to load'],
  creditWords: ['photo', 'photos', 'image', 'images', 'picture', 'pictures', 'credit', 'courtesy', 'getty', 'ap photo', 'reuters', 'afp', 'shutterstock'],
  ctaVerbs: ['follow', 'join', 'subscribe', 'sign up', 'download', 'listen', 'watch', 'like', 'share', 'get', 'click', 'tap', 'install', 'try', 'stay'],
  ctaChannels: [
    'facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'linkedin', 'whatsapp', 'telegram', 'snapchat',
    'pinterest', 'newsletter', 'podcast', 'app store', 'google play', 'rss',
  ],
  bioVerbs: [
    'is a', 'is an', 'is the', 'was a', 'writes about', 'writes for', 'writes on', 'covers', 'reports on', 'joined',
    'has been', 'has written', 'is based in', 'is headquartered', 'was founded', 'is listed', 'is a local democracy reporter', 'may be reached at', 'can be reached at',
  ],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
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
    captions: ['caption', 'credit', 'copyright', 'cutline', 'photocredit', 'imagecredit'],
  },
  functionWords: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'this', 'are', 'have', 'from', 'which', 'were', 'been', 'has', 'not'],
  wordsPerMinute: 230,
};
