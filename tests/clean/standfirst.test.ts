import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/core/clean/index';
import type { CleanContext } from '../../src/core/clean/rule';
import { preRule, rule } from '../../src/core/clean/standfirst';
import { cuesFor } from '../../src/core/cues/index';
import { PROSE } from './helpers';

const DEK = 'Two years after the floods, three towns on the river took very different paths. What they spent, and what worked.';

/** The pre phase on a whole page, then a stand-in for Readability (the body moved into an article element). */
function pipeline(page: string, description: string | null, keepDek = false): string {
  const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
  const doc = document as unknown as Document;
  const ctx: CleanContext = { document: doc, title: 'T', byline: null, description, lang: 'en', cues: cuesFor('en') };
  runRules([preRule], doc.body, ctx);
  const article = doc.createElement('div');
  const page1 = doc.createElement('div');
  article.appendChild(page1);
  if (keepDek) page1.appendChild(doc.querySelector('.dek')!);
  for (const p of Array.from(doc.querySelectorAll('.body > *'))) page1.appendChild(p);
  runRules([rule], article, ctx);
  return Array.from(article.querySelectorAll('p')).map((p) => p.textContent).join('\n');
}

const PAGE = `<article><header><h1>T</h1><p class="dek">${DEK}</p><p>Words by Cecily</p></header>
  <div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article>`;

describe('standfirst', () => {
  it('puts back the dek that equals the description, once, at the top', () => {
    const out = pipeline(PAGE, DEK);
    expect(out.split('\n')[0]).toBe(DEK);
    expect(out.split(DEK).length - 1).toBe(1);
  });

  it('does not add it twice when the body already holds it', () => {
    const out = pipeline(PAGE, DEK, true);
    expect(out.split(DEK).length - 1).toBe(1);
  });

  it('leaves the body alone when the description is not just above it', () => {
    const far = `<article><div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article>
      <footer>${PROSE.map((p) => `<p>Other ${p}</p>`).join('')}<p class="dek">${DEK}</p></footer>`;
    expect(pipeline(far, DEK)).not.toContain(DEK);
    expect(pipeline(PAGE, null)).not.toContain(DEK);
  });
});
