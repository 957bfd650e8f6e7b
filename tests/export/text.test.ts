import { describe, expect, test } from 'vitest';
import { toText } from '../../src/core/export/plain-text';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';

describe('plain-text export', () => {
  test.each([...ARTICLE_SLUGS])('%s: headline, metadata line, blank line, paragraphs', (slug) => {
    const article = buildArticle(slug);
    const lines = toText(article, CTX).split('\n');
    expect(lines[0]).toBe(article.title);
    const expectedMeta = [article.siteName, article.byline, article.published, article.url].filter(Boolean).join(' · ');
    expect(lines[1]).toBe(expectedMeta);
    expect(lines[2]).toBe('');
    expect(lines.slice(3).join('\n')).toBe(`${article.paragraphs.join('\n\n')}\n`);
  });

  test('no markup survives: the text comes from paragraphs, not HTML', () => {
    const article = { ...buildArticle('kellerton-council-library'), html: '<p><b>bold</b> <a href="https://x">x</a></p>' };
    const text = toText(article, CTX);
    expect(text).not.toMatch(/[<>]|\*\*|\]\(/);
  });

  test('line breaks inside metadata or paragraphs cannot break the layout', () => {
    const article = { ...buildArticle(SECTION_SLUG), title: 'Thời\nsự', paragraphs: ['Một\ndòng', '', 'Hai'] };
    expect(toText(article, CTX)).toBe('Thời sự\nTin Miền Trung · https://tinmientrung.vn/thoi-su/\n\nMột dòng\n\nHai\n');
  });

  test('a timestamp published date prints as its calendar day', () => {
    const article = { ...buildArticle('baothanhhoa-giao-ban-dan-van'), published: '2021-06-29T18:34:00+07:00' };
    expect(toText(article, CTX).split('\n')[1]).toContain('· 2021-06-29 ·');
  });
});
