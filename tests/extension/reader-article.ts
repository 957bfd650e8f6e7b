/** An article as the core hands it to the reader, for the reader's tests: a council story read at news.example.com. */
import type { Article } from '../../src/core/article';

export function readerArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/2024/10/09/council-meets',
    canonicalUrl: null,
    title: 'Council approves the river plan',
    byline: 'Jane Roe',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    published: '2024-10-09',
    excerpt: null,
    standfirst: null,
    isArticle: true,
    detection: { score: 0.9, signals: [] },
    html: '<h1>Council approves the river plan</h1><p>The council met on Tuesday.</p><p>It voted 7 to 2.</p>',
    text: 'The council met on Tuesday.\n\nIt voted 7 to 2.',
    paragraphs: ['The council met on Tuesday.', 'It voted 7 to 2.'],
    images: [],
    wordCount: 11,
    readingMinutes: 1,
    attendees: null,
    removed: [],
    ...over,
  };
}
