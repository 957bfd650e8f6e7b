/**
 * Golden fixtures: every tests/fixtures/<slug>/ is a saved page plus a hand-checked expected.json.
 * One `it` per check group per fixture, so a run shows at a glance which pages fail and how.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/article';
import {
  checkAgainstPage,
  checkMaxOccurrences,
  checkMustNotContain,
  checkParagraphs,
  countOccurrences,
} from './fixtures/expectation-checks';
import { detectFixture, extractFixture, listFixtures, loadDocument, readExpected } from './fixtures/fixture-files';

const slugs = listFixtures();

describe('golden fixture checks themselves', () => {
  it('finds the fixture folders', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('match whole paragraphs in order, never substrings', () => {
    const actual = ['Lead  text.', 'Body one. Body two.', 'End.'];
    expect(checkParagraphs(['Lead text.', ['x', 'End.']], actual).problems).toEqual([]);
    expect(checkParagraphs(['Body one.'], actual).problems[0]).toMatch(/only part of extracted #2/);
    expect(checkParagraphs(['End.', 'Lead text.'], actual).problems[0]).toMatch(/out of order/);
    expect(checkParagraphs(['Lead text.'], actual, ['End.']).extras).toEqual(['Body one. Body two.']);
  });

  it('count and forbid strings in whitespace-collapsed text', () => {
    expect(countOccurrences('a b\n\na  b a b', 'a b')).toBe(3);
    expect(checkMaxOccurrences('Title\n\nTitle', { Title: 1 })).toHaveLength(1);
    expect(checkMustNotContain('Share  this page', ['Share this', 'Donate'])).toHaveLength(1);
  });
});

for (const slug of slugs) {
  describe(`fixture ${slug}`, () => {
    const expected = readExpected(slug);

    it('has a reviewed expected.json', () => {
      if (!expected) {
        throw new Error(
          `tests/fixtures/${slug}/ has no expected.json. Write one by hand, or start from a draft with ` +
            '`npm run fixture:new -- <slug> <saved.html> --url <URL>` and review it.',
        );
      }
      expect(
        expected._draft,
        `tests/fixtures/${slug}/expected.json is a generated draft: check every field against the page, then delete "_draft"`,
      ).toBeUndefined();
    });
    if (!expected) return;

    it('names only text that is on the page (paragraphs, captions, traps)', () => {
      const pageText = loadDocument(slug).body.textContent ?? '';
      expect(checkAgainstPage(expected, pageText), `${slug}: expected.json vs page.html`).toEqual([]);
    });

    let cached: Article | undefined;
    const article = (): Article => (cached ??= extractFixture(slug, expected.url));

    it('keeps every expected paragraph, whole and in order', () => {
      const { problems, extras } = checkParagraphs(expected.paragraphs, article().paragraphs, expected.captions);
      const extraNote = extras.length ? `\nextracted but not expected:\n  ${extras.join('\n  ')}` : '';
      expect(problems, `${slug}: paragraphs${extraNote}`).toEqual([]);
    });

    // What the reader shows under the headline: the standfirst, then the body.
    const shown = (): string => [article().standfirst ?? '', article().text].filter(Boolean).join('\n\n');

    it('leaves out every mustNotContain string (standfirst and body)', () => {
      expect(checkMustNotContain(shown(), expected.mustNotContain), `${slug}: leftovers in body`).toEqual([]);
    });

    it('respects maxOccurrences (standfirst and body: a lead shown twice counts twice)', () => {
      expect(checkMaxOccurrences(shown(), expected.maxOccurrences), `${slug}: repeats in body`).toEqual([]);
    });

    if (expected.images) {
      const images = expected.images;
      it('lists every image of the article with its real address, alt and caption (where expected.json names them)', () => {
        expect(article().images, `${slug}: images`).toEqual(images);
      });
    }

    it('classifies the page (extractArticle and detectArticle agree)', () => {
      expect(article().isArticle, `${slug}: article.isArticle`).toBe(expected.isArticle);
      expect(detectFixture(slug, expected.url), `${slug}: detectArticle().isArticle`).toBe(expected.isArticle);
    });

    it('finds title, byline and published date (and the standfirst, where expected.json names it)', () => {
      const a = article();
      const found = { title: a.title, byline: a.byline, published: a.published?.slice(0, 10) ?? null };
      expect(found, `${slug}: metadata`).toEqual({
        title: expected.title,
        byline: expected.byline,
        published: expected.published,
      });
      if (expected.standfirst !== undefined) expect(a.standfirst, `${slug}: standfirst`).toBe(expected.standfirst);
    });
  });
}
