/**
 * Reads the Scrapinghub benchmark and the golden fixtures where they live (never copied into the repository).
 * LUCID_BENCH_DIR may name either the scrapinghub folder itself or the folder that contains it (and the other sets).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { fileURLToPath } from 'node:url';

// shared/ sits beside the checkout (../shared from the repository root), on developer machines and in CI alike.
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const DEFAULT_BENCH_DIR = join(SHARED, 'bench');
const DEFAULT_FIXTURES_DIR = join(SHARED, 'fixtures');

export interface BenchPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export function benchDir(): string {
  const root = process.env.LUCID_BENCH_DIR ?? DEFAULT_BENCH_DIR;
  return existsSync(join(root, 'ground-truth.json')) ? root : join(root, 'scrapinghub');
}

/** The folder holding every benchmark set (scrapinghub/, trafilatura-dev/, readability-test-pages/). */
export function sharedBenchRoot(): string {
  const root = process.env.LUCID_BENCH_DIR ?? DEFAULT_BENCH_DIR;
  return existsSync(join(root, 'ground-truth.json')) ? dirname(root) : root;
}

export function fixturesDir(): string {
  return process.env.LUCID_FIXTURES_DIR ?? DEFAULT_FIXTURES_DIR;
}

/** Every page of the benchmark (or those whose id starts with `only`), sorted by id for a stable order. */
export function loadBenchPages(only?: string): BenchPage[] {
  const dir = benchDir();
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`no ground-truth.json in ${dir} (set LUCID_BENCH_DIR)`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const decoder = new TextDecoder('utf-8'); // every page of this set is UTF-8 (checked once, by hand)
  return Object.keys(truth)
    .filter((id) => !only || id.startsWith(only))
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      truth: truth[id].articleBody ?? '',
      html: decoder.decode(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    }));
}

export interface FixtureCase {
  name: string;
  url: string;
  html: string;
  /** Each entry is one paragraph; a list means any of its alternatives counts. */
  paragraphs: (string | string[])[];
}

export function loadFixtures(): FixtureCase[] {
  const dir = fixturesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'expected.json')))
    .map((e) => {
      const expected = JSON.parse(readFileSync(join(dir, e.name, 'expected.json'), 'utf8'));
      return {
        name: e.name,
        url: expected.url,
        html: readFileSync(join(dir, e.name, 'page.html'), 'utf8'),
        paragraphs: expected.paragraphs ?? [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
