import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/detect/detect';
import { NON_ARTICLE_PAGES as NON_ARTICLES, readNonArticlePage } from './detect-pages/pages';

/** The pages and what they hold: tests/core/detect-pages/pages.ts. */
const load = (file: string) => parseHTML(readNonArticlePage(file)).document as unknown as Document;

describe('detectArticle on pages that are not articles', () => {
  for (const [file, url] of Object.entries(NON_ARTICLES)) {
    it(`says no to ${file}, in the full run and in the content script's early-stopping run`, () => {
      const full = detectArticle(load(file), url);
      const quick = detectArticle(load(file), url, undefined, undefined, { stopWhenDecided: true });
      expect(full.isArticle, JSON.stringify(full.signals)).toBe(false);
      expect(quick.isArticle).toBe(false);
    });
  }

  it('does not count a sign-up form\'s notices as prose, but counts the same paragraphs outside the form', () => {
    const withForm = detectArticle(load('signup-errors-en.html'), NON_ARTICLES['signup-errors-en.html']);
    expect(withForm.signals.map((s) => s.name)).toContain('little-prose');
    const page = load('signup-errors-en.html');
    const errors = page.querySelector('.form-errors')!;
    page.querySelector('main')!.append(errors); // the same five paragraphs, now outside the form
    const outside = detectArticle(page, NON_ARTICLES['signup-errors-en.html']);
    expect(outside.signals.map((s) => s.name)).toContain('short-prose');
  });
});
