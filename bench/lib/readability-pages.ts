/**
 * Reads Readability.js's own test pages (shared/bench/readability-test-pages) where they live: each case's source
 * page and the text of what Readability 0.6 returns for it (expected.html, block-aware). Pages are UTF-8, as
 * Readability's test harness reads them, and are loaded as http://fakehost/test/page.html, as its tests do.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { blockText } from './block-text';
import { sharedBenchRoot } from './dataset';

export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export interface ExpectedTextPage {
  id: string;
  url: string;
  html: string;
  /** Readability's expected output as text. */
  expected: string;
}

export function readabilityPagesDir(): string {
  return join(sharedBenchRoot(), 'readability-test-pages');
}

const gunzipText = (file: string): string => new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file)));

export function loadReadabilityPages(only?: string): ExpectedTextPage[] {
  const dir = readabilityPagesDir();
  if (!existsSync(dir)) throw new Error(`no ${dir} (set LUCID_BENCH_DIR)`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'source.html.gz')))
    .map((e) => e.name)
    .filter((id) => !only || id.startsWith(only))
    .sort()
    .map((id) => {
      const expectedHtml = gunzipText(join(dir, id, 'expected.html.gz'));
      const { document } = parseHTML(`<!doctype html><html><body>${expectedHtml}</body></html>`);
      return {
        id,
        url: READABILITY_TEST_URL,
        html: gunzipText(join(dir, id, 'source.html.gz')),
        expected: blockText(document.body as unknown as Node),
      };
    });
}
