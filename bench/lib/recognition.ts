/**
 * Recognition figures for `npm run bench`: does the badge light up on the pages a person would call articles, and
 * stay grey on the others? The always-on detector, run as the content script runs it (stopping once its verdict
 * is settled), side by side with Readability's isProbablyReaderable, each on a freshly parsed linkedom DOM.
 * Articles are: every page of the 181-page set; the trafilatura-dev pages labelled so by hand, once, in
 * bench/data/trafilatura-dev-labels.json (by their text and structure, not by running the detector); the golden
 * fixtures by their expected.json; the non-article pages of tests/core/detect-pages.
 */
import { readFileSync } from 'node:fs';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { detectArticle } from '../../src/core/detect/detect';
import { NON_ARTICLE_PAGES, readNonArticlePage } from '../../tests/core/detect-pages/pages';
import { listFixtures, readExpected, FIXTURES_DIR } from '../../tests/fixtures/fixture-files';
import { loadBenchPages } from './dataset';
import { table } from './report';
import { parsePage } from './systems';
import { loadTrafilaturaPages } from './trafilatura';

interface LabelledPage {
  id: string;
  url: string;
  html: string;
  article: boolean;
  /** Why a person would not call it an article. */
  why?: string;
}

interface Label {
  article: boolean;
  why?: string;
}

export function trafilaturaLabels(): Record<string, Label> {
  return JSON.parse(readFileSync(new URL('../data/trafilatura-dev-labels.json', import.meta.url), 'utf8'));
}

export function recognitionSets(datasets: string[], only?: string): Array<[string, LabelledPage[]]> {
  const sets: Array<[string, LabelledPage[]]> = [];
  if (datasets.includes('scrapinghub')) {
    sets.push(['scrapinghub', loadBenchPages(only).map((p) => ({ id: p.id, url: p.url, html: p.html, article: true }))]);
  }
  if (datasets.includes('trafilatura-dev')) {
    const labels = trafilaturaLabels();
    sets.push(['trafilatura-dev', loadTrafilaturaPages(only).map((p) => {
      const label = labels[p.id];
      if (!label) throw new Error(`trafilatura-dev page ${p.id} has no label in bench/data/trafilatura-dev-labels.json`);
      return { id: p.id, url: p.url, html: p.html, article: label.article, why: label.why };
    })]);
  }
  if (!only) {
    const golden = listFixtures().map((slug) => {
      const expected = readExpected(slug)!;
      return { id: slug, url: expected.url, html: readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8'), article: expected.isArticle };
    });
    const others = Object.entries(NON_ARTICLE_PAGES).map(([file, url]) => ({ id: file, url, html: readNonArticlePage(file), article: false }));
    sets.push(['fixtures', [...golden, ...others]]);
  }
  return sets;
}

const share = (n: number, of: number) => (of ? `${n}/${of} = ${(n / of).toFixed(3)}` : '–');

export function printRecognition(sets: Array<[string, LabelledPage[]]>): void {
  const rows = [['set', 'articles', 'badge: recognised', 'non-articles accepted', 'isProbablyReaderable: recognised', 'non-articles accepted']];
  const notes: string[] = [];
  for (const [name, pages] of sets) {
    const verdicts = pages.map((p) => ({
      page: p,
      badge: detectArticle(parsePage('linkedom', p.html, p.url).document, p.url, undefined, undefined, { stopWhenDecided: true }).isArticle,
      readerable: isProbablyReaderable(parsePage('linkedom', p.html, p.url).document),
    }));
    const articles = verdicts.filter((v) => v.page.article);
    const others = verdicts.filter((v) => !v.page.article);
    const count = (xs: typeof verdicts, key: 'badge' | 'readerable') => xs.filter((v) => v[key]).length;
    rows.push([
      name,
      String(articles.length),
      share(count(articles, 'badge'), articles.length),
      share(count(others, 'badge'), others.length),
      share(count(articles, 'readerable'), articles.length),
      share(count(others, 'readerable'), others.length),
    ]);
    const missed = articles.filter((v) => !v.badge).map((v) => v.page.id.slice(0, 12));
    const accepted = others.filter((v) => v.badge).map((v) => `${v.page.id.slice(0, 12)}${v.page.why ? ` (${v.page.why})` : ''}`);
    if (missed.length) notes.push(`${name}: articles without the badge: ${missed.join(', ')}`);
    if (accepted.length) notes.push(`${name}: non-articles with the badge: ${accepted.join('; ')}`);
  }
  console.log('\nRecognition (the badge, as the content script decides it) against Readability\'s isProbablyReaderable');
  console.log(table(rows));
  for (const line of notes) console.log(`  ${line}`);
}
