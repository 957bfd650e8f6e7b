import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { benchDir, loadBenchPages } from '../../bench/lib/dataset';
import { describePage, percentile } from '../../bench/lib/report';
import { matchPage } from '../../bench/metric';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 0.5)).toBe(5);
    expect(percentile(xs, 0.9)).toBe(9);
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('describePage', () => {
  it('marks precision as undefined when the system output nothing', () => {
    const truth = 'Alpha beta gamma delta epsilon.';
    const line = describePage({ id: 'abc', url: 'https://x.test/a', truth, predicted: '', match: matchPage(truth, '') });
    expect(line).toContain('P – (empty output)');
    expect(line).toContain('- missing [5 w] Alpha beta gamma delta epsilon');
  });
});

describe('bench dataset location', () => {
  const saved = process.env.LUCID_BENCH_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.LUCID_BENCH_DIR;
    else process.env.LUCID_BENCH_DIR = saved;
  });

  it('reads LUCID_BENCH_DIR as the scrapinghub folder or its parent, and gunzips the pages', () => {
    const root = mkdtempSync(join(tmpdir(), 'lucid-bench-'));
    const dir = join(root, 'scrapinghub');
    mkdirSync(join(dir, 'html'), { recursive: true });
    const truth = { b2: { articleBody: 'Xin chào', url: 'https://b.test' }, a1: { articleBody: 'Hi', url: 'https://a.test' } };
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
    writeFileSync(join(dir, 'html', 'a1.html.gz'), gzipSync('<p>Hi</p>'));
    writeFileSync(join(dir, 'html', 'b2.html.gz'), gzipSync('<p>Xin chào</p>'));

    process.env.LUCID_BENCH_DIR = root;
    expect(benchDir()).toBe(dir);
    process.env.LUCID_BENCH_DIR = dir;
    expect(benchDir()).toBe(dir);
    const pages = loadBenchPages();
    expect(pages.map((p) => [p.id, p.url, p.html])).toEqual([
      ['a1', 'https://a.test', '<p>Hi</p>'],
      ['b2', 'https://b.test', '<p>Xin chào</p>'],
    ]);
    expect(loadBenchPages('b').map((p) => p.truth)).toEqual(['Xin chào']);
  });
});
