import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { toJson } from '../../src/core/export/json';
import { jsonl } from '../../src/core/export/jsonl';
import { ARTICLE_SLUGS, buildArticle, CTX } from './article-factory';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('JSON export', () => {
  test.each([...ARTICLE_SLUGS])('%s: the Article round-trips and provenance hashes are correct', (slug) => {
    const article = buildArticle(slug);
    const page = `<html><body><h1>${article.title}</h1></body></html>`;
    const record = JSON.parse(toJson(article, { ...CTX, sourceHtml: page }));
    expect(record.schemaVersion).toBe(1);
    expect(record.article).toEqual(article);
    expect(record.provenance).toEqual({
      accessedAt: CTX.accessedAt,
      extractor: CTX.extractor,
      contentSha256: sha(article.text),
      sourceSha256: sha(page),
    });
  });

  test('sourceSha256 is null when the page HTML is not given', () => {
    const record = JSON.parse(toJson(buildArticle('kellerton-council-library'), CTX));
    expect(record.provenance.sourceSha256).toBeNull();
  });

  test('key order is fixed whatever order the Article was built in', () => {
    const article = buildArticle('thoisuviet-bo-nong-nghiep-quang-binh');
    const reversed = Object.fromEntries(Object.entries(article).reverse()) as typeof article;
    reversed.detection = { signals: article.detection.signals, score: article.detection.score };
    expect(toJson(reversed, CTX)).toBe(toJson(article, CTX));
    const record = JSON.parse(toJson(reversed, CTX));
    expect(Object.keys(record)).toEqual(['schemaVersion', 'provenance', 'article']);
    expect(Object.keys(record.article).slice(0, 4)).toEqual(['url', 'canonicalUrl', 'title', 'byline']);
    expect(Object.keys(record.article.detection)).toEqual(['score', 'signals']);
  });

  test('fields the schema does not know yet are kept, after the known ones, sorted', () => {
    const article = { ...buildArticle('kellerton-council-library'), zeta: 1, alpha: 2 };
    const keys = Object.keys(JSON.parse(toJson(article, CTX)).article);
    expect(keys.slice(-2)).toEqual(['alpha', 'zeta']);
  });

  test('jsonl: one compact record per line, each with its own provenance', () => {
    const entries = ARTICLE_SLUGS.map((slug, i) => ({
      article: buildArticle(slug),
      ctx: { ...CTX, accessedAt: `2025-03-0${i + 1}T00:00:00.000Z` },
    }));
    const out = jsonl(entries);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLE_SLUGS.length);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      expect(record.article.url).toBe(entries[i].article.url);
      expect(record.provenance.accessedAt).toBe(entries[i].ctx.accessedAt);
      expect(line).toBe(JSON.stringify(JSON.parse(toJson(entries[i].article, entries[i].ctx))));
    });
  });
});
