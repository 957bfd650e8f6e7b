/**
 * npm run bench:selectors: what the always-on detector's whole-page queries cost in Chromium, each asked as one
 * selector list (how the detector asked them before) and as its single selectors one query at a time (how it asks
 * them now). Every fixture page is loaded in a plain headless Chromium page; each form is timed over REPEATS
 * querySelectorAll calls, the two forms interleaved so that the machine's drift falls on both. Prints microseconds
 * per page (median over the fixtures) and the ratio list / singles. A diagnostic for whoever changes the detector's
 * selectors; the detector's own cost per page load is bench:extension's.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PAGINATION_SELECTORS, PUBLISHED_SELECTORS, TEASER_SELECTORS } from '../src/core/detect/detect';
import { fixtureSlugs } from '../tests/e2e/extension-dirs';
import { FIXTURES } from '../tests/e2e/fixture-server';

const REPEATS = 200;
const ROUNDS = 3;
const QUERIES: Record<string, string[]> = {
  'linked headlines (count)': TEASER_SELECTORS,
  'publication time (none found: the whole page)': PUBLISHED_SELECTORS,
  'pagination (none found: the whole page)': PAGINATION_SELECTORS,
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * In the page: microseconds per whole-page query of the list and of the singles in turn, and their counts.
 * A string, not a function: tsx would wrap the named inner functions in a helper the page does not have.
 */
const timeForms = (selectors: string[]) => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const list = selectors.join(', ');
  const asList = () => document.querySelectorAll(list).length;
  const asSingles = () => selectors.reduce((n, s) => n + document.querySelectorAll(s).length, 0);
  const time = (f) => {
    const t0 = performance.now();
    for (let i = 0; i < ${REPEATS}; i++) f();
    return ((performance.now() - t0) / ${REPEATS}) * 1000;
  };
  let listUs = Infinity;
  let singlesUs = Infinity;
  for (let r = 0; r < ${ROUNDS}; r++) {
    listUs = Math.min(listUs, time(asList));
    singlesUs = Math.min(singlesUs, time(asSingles));
  }
  return { listUs, singlesUs, listCount: asList(), singlesCount: asSingles() };
})()`;

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // Subresources are refused: the fixtures are saved pages, and only their markup is measured (inline scripts still run).
    await page.route('**/*', (route) => route.abort());
    const results = new Map<string, { list: number[]; singles: number[]; differ: string[] }>();
    const slugs = fixtureSlugs();
    for (const slug of slugs) {
      await page.setContent(readFileSync(`${FIXTURES}${slug}/page.html`, 'utf8'), { waitUntil: 'domcontentloaded' });
      for (const [name, selectors] of Object.entries(QUERIES)) {
        const r = (await page.evaluate(timeForms(selectors))) as { listUs: number; singlesUs: number; listCount: number; singlesCount: number };
        const entry = results.get(name) ?? { list: [], singles: [], differ: [] };
        entry.list.push(r.listUs);
        entry.singles.push(r.singlesUs);
        if (r.listCount !== r.singlesCount) entry.differ.push(`${slug} (${r.listCount} vs ${r.singlesCount})`);
        results.set(name, entry);
      }
    }
    const version = browser.version();
    console.log(`Detector selectors in Chromium ${version}: ${slugs.length} fixture pages, microseconds per whole-page querySelectorAll (fastest of ${ROUNDS} rounds of ${REPEATS}), median over the pages`);
    console.log(`  ${'query'.padEnd(48)} ${'as one list'.padStart(12)} ${'as singles'.padStart(12)}   list / singles`);
    for (const [name, { list, singles, differ }] of results) {
      const ratio = median(list.map((l, i) => l / singles[i]));
      console.log(`  ${name.padEnd(48)} ${`${median(list).toFixed(1)} us`.padStart(12)} ${`${median(singles).toFixed(1)} us`.padStart(12)}   ${ratio.toFixed(2)} (median per page)`);
      // Only the count is compared: the detector asks the other two for any match.
      if (name.startsWith('linked') && differ.length) console.log(`    counts differ (a link in nested headings counts once per heading): ${differ.join(', ')}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
