// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPicked } from '../../src/extension/content/extract-picked';

const page = readFileSync(join(import.meta.dirname, '../fixtures/tinmientrung-chuyen-muc-thoi-su/page.html'), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('extractPicked (Pick the article)', () => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;

  it('reads the block picked and nothing else of the page, with the title from the page head', () => {
    const block = document.querySelector('section.box-stream')!;
    const result = extractPicked(block);
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.title.startsWith('Thời sự')).toBe(true); // the page's <title>: the block has no headline
    const stories = [...block.querySelectorAll('p.story__summary')].map((p) => squash(p.textContent ?? ''));
    expect(stories.length).toBeGreaterThan(3);
    for (const story of stories) expect(squash(article.text)).toContain(story);
    // The navigation and the weather box are outside the block: not read.
    expect(article.text).not.toContain('Đăng nhập');
    expect(article.text).not.toContain('Đà Nẵng 24°C');
  });

  it('leaves the page as it was', () => {
    const before = document.documentElement.outerHTML;
    extractPicked(document.querySelectorAll('p.story__summary')[1]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('says so when the block holds nothing readable', () => {
    const empty = document.createElement('div');
    document.body.append(empty);
    expect(extractPicked(empty)).toMatchObject({ ok: false, code: 'empty' });
    empty.remove();
  });
});
