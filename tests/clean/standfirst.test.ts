import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/core/clean/index';
import { noteStandfirst, standfirstOf } from '../../src/core/metadata/standfirst';
import { PROSE } from './helpers';

const DEK = 'Two years after the floods, three towns on the river took very different paths. What they spent, and what worked.';

/**
 * The note on a whole page (which it must not change), then a stand-in for Readability (the body moved into an
 * article element), then the standfirst the Article would carry, and the body's paragraphs (which it must not change).
 */
function pipeline(page: string, description: string | null, keepDek = false): { standfirst: string | null; body: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
  const doc = document as unknown as Document;
  const whole = doc.body.innerHTML;
  const noted = noteStandfirst(doc.body, description, createRun());
  expect(doc.body.innerHTML).toBe(whole);
  const article = doc.createElement('div');
  const page1 = doc.createElement('div');
  article.appendChild(page1);
  if (keepDek) page1.appendChild(doc.querySelector('.dek')!);
  for (const p of Array.from(doc.querySelectorAll('.body > *'))) page1.appendChild(p);
  const before = article.innerHTML;
  const standfirst = standfirstOf(article, noted, createRun());
  expect(article.innerHTML).toBe(before);
  return { standfirst, body: Array.from(article.querySelectorAll('p')).map((p) => p.textContent).join('\n') };
}

const PAGE = `<article><header><h1>T</h1><p class="dek">${DEK}</p><p>Words by Cecily</p></header>
  <div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article>`;

describe('standfirst', () => {
  it('gives the Article the dek that equals the description and sits just above the body, leaving the body as it is', () => {
    const out = pipeline(PAGE, DEK);
    expect(out.standfirst).toBe(DEK);
    expect(out.body).not.toContain(DEK);
  });

  it('gives none when the body already holds it', () => {
    const out = pipeline(PAGE, DEK, true);
    expect(out.standfirst).toBeNull();
    expect(out.body.split(DEK).length - 1).toBe(1);
  });

  it('gives none when the description is not just above the body, or there is no description', () => {
    const far = `<article><div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article>
      <footer>${PROSE.map((p) => `<p>Other ${p}</p>`).join('')}<p class="dek">${DEK}</p></footer>`;
    expect(pipeline(far, DEK).standfirst).toBeNull();
    expect(pipeline(PAGE, null).standfirst).toBeNull();
  });

  it('gives none when the body opens with the same lead behind a dateline ("(Site) - …"): the lead is not shown twice', () => {
    const sapo = `(Ledger) - ${PROSE[0]}`;
    const page = `<article><header><h1>T</h1><p class="dek">${sapo}</p></header>
      <div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
    expect(pipeline(page, sapo).standfirst).toBeNull();
  });
});

