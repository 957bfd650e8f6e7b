/** What the popup must show for a fixture, checked the same way in both browsers. */
import { expect } from 'vitest';
import { squash, type Expected } from './fixture-server';

export interface ShownArticle {
  headlines: string[];
  body: string;
  removedSummary: string | null;
}

/** Runs in the page (popup): reads what the reader view shows through the UI's data-testid hooks. */
export function readShownArticle(): ShownArticle {
  const text = (el: Element | null) => (el as HTMLElement | null)?.innerText ?? el?.textContent ?? '';
  return {
    headlines: Array.from(document.querySelectorAll('[data-testid="headline"]')).map((el) => text(el)),
    body: text(document.querySelector('[data-testid="article-body"]')),
    removedSummary: document.querySelector('[data-testid="removed-summary"]') ? text(document.querySelector('[data-testid="removed-summary"]')) : null,
  };
}

export function expectArticleShown(shown: ShownArticle, expected: Expected): void {
  expect(shown.headlines.map(squash)).toEqual([squash(expected.title)]);
  const body = squash(shown.body);
  for (const paragraph of expected.paragraphs) {
    const options = (Array.isArray(paragraph) ? paragraph : [paragraph]).map(squash);
    expect(options.some((p) => body.includes(p)), `paragraph missing: ${options[0].slice(0, 80)}…`).toBe(true);
  }
  for (const bad of expected.mustNotContain) expect(body, `must not contain ${bad}`).not.toContain(bad);
  expect(shown.removedSummary, 'the "what was removed" summary').not.toBeNull();
}
