import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { blockText } from '../../bench/lib/block-text';
import { sharedBenchRoot } from '../../bench/lib/dataset';
import { loadReadabilityPages, READABILITY_TEST_URL } from '../../bench/lib/readability-pages';
import { timeRatio } from '../../bench/lib/report';
import { loadTrafilaturaPages } from '../../bench/lib/trafilatura';
import { matchPage, summarize } from '../../bench/metric';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;

describe('blockText', () => {
  it('separates blocks and <br> so words of adjacent paragraphs never fuse, and skips scripts and styles', () => {
    const root = body('<div><p>end.</p><p>Next <b>bold</b>word</p>one<br>two<script>x = 1</script><style>p{}</style><ul><li>a</li><li>b</li></ul></div>');
    expect(blockText(root)).toBe('end.\nNext boldword\none\ntwo\na\nb');
  });
  it('is what keeps shingles apart where textContent glues words', () => {
    const root = body('<p>alpha beta gamma</p><p>delta epsilon zeta</p>');
    expect(root.textContent).toBe('alpha beta gammadelta epsilon zeta');
    expect(matchPage(blockText(root), 'alpha beta gamma\n\ndelta epsilon zeta').exact).toBe(true);
  });
});

describe('timeRatio', () => {
  it('divides summed times and takes the median per-page ratio, over pages where neither system failed', () => {
    const outcomes = [
      { pipeline: { ms: 4 }, readability: { ms: 2 } },
      { pipeline: { ms: 3 }, readability: { ms: 1 } },
      { pipeline: { ms: 10 }, readability: { ms: 10 } },
      { pipeline: { ms: 99, error: 'boom' }, readability: { ms: 1 } },
    ];
    const r = timeRatio(outcomes, 'pipeline', 'readability');
    expect(r.pages).toBe(3);
    expect(r.total).toBeCloseTo(17 / 13);
    expect(r.median).toBe(2); // ratios 2, 3, 1
  });
});

describe('readability test pages: mean recall of the expected text', () => {
  it('averages per page, so a page losing half its text costs the mean a quarter over two pages', () => {
    const expected = ['a b c d e f g', 'h i j k l m n'];
    const predicted = ['a b c d e f g', 'h i j k'];
    const s = summarize(expected.map((t, i) => matchPage(t, predicted[i])));
    expect(s.recall).toBeCloseTo((1 + 1 / 4) / 2);
    expect(s.precision).toBe(1);
  });
});

describe('dataset loaders', () => {
  const saved = process.env.LUCID_BENCH_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.LUCID_BENCH_DIR;
    else process.env.LUCID_BENCH_DIR = saved;
  });

  it('find the other sets beside scrapinghub whichever folder LUCID_BENCH_DIR names', () => {
    const root = mkdtempSync(join(tmpdir(), 'lucid-bench-'));
    mkdirSync(join(root, 'scrapinghub'));
    writeFileSync(join(root, 'scrapinghub', 'ground-truth.json'), '{}');
    process.env.LUCID_BENCH_DIR = root;
    expect(sharedBenchRoot()).toBe(root);
    process.env.LUCID_BENCH_DIR = join(root, 'scrapinghub');
    expect(sharedBenchRoot()).toBe(root);
  });

  it('decode trafilatura pages as a browser does and keep their snippets; an empty url becomes the file URL', () => {
    const root = mkdtempSync(join(tmpdir(), 'lucid-bench-'));
    const dir = join(root, 'trafilatura-dev');
    mkdirSync(join(dir, 'html'), { recursive: true });
    const evaldata = {
      b2: { key: 'b', url: '', originalFile: 'b.html', with: ['Café'], without: ['Menu'] },
      a1: { key: 'a', url: 'https://a.test/', originalFile: 'a.html', with: ['naïve'], without: [] },
    };
    writeFileSync(join(dir, 'evaldata.json'), JSON.stringify(evaldata));
    // a1: UTF-8 without a label; b2: windows-1252 bytes declared in a meta (0xE9 is é there, invalid as UTF-8).
    writeFileSync(join(dir, 'html', 'a1.html.gz'), gzipSync(Buffer.from('<p>naïve</p>', 'utf8')));
    writeFileSync(join(dir, 'html', 'b2.html.gz'), gzipSync(Buffer.from('<meta charset="windows-1252"><p>Caf\xe9</p>', 'latin1')));
    process.env.LUCID_BENCH_DIR = root;
    const pages = loadTrafilaturaPages();
    expect(pages.map((p) => [p.id, p.encoding, p.html])).toEqual([
      ['a1', 'UTF-8', '<p>naïve</p>'],
      ['b2', 'windows-1252', '<meta charset="windows-1252"><p>Café</p>'],
    ]);
    expect(pages[0].url).toBe('https://a.test/');
    expect(pages[1].url).toMatch(/^file:\/\/.*\/trafilatura-dev\/html\/b\.html$/);
    expect(pages[1].with).toEqual(['Café']);
    expect(loadTrafilaturaPages('b').map((p) => p.id)).toEqual(['b2']);
  });

  it("read Readability's cases as text of the expected HTML, at Readability's test URL", () => {
    const root = mkdtempSync(join(tmpdir(), 'lucid-bench-'));
    const dir = join(root, 'readability-test-pages');
    mkdirSync(join(dir, '001'), { recursive: true });
    writeFileSync(join(dir, 'LICENSE.md'), 'x');
    writeFileSync(join(dir, '001', 'source.html.gz'), gzipSync('<html><body><p>One</p></body></html>'));
    writeFileSync(join(dir, '001', 'expected.html.gz'), gzipSync('<div id="readability-page-1"><p>One.</p><p>Two</p></div>'));
    process.env.LUCID_BENCH_DIR = root;
    expect(loadReadabilityPages()).toEqual([
      { id: '001', url: READABILITY_TEST_URL, html: '<html><body><p>One</p></body></html>', expected: 'One.\nTwo' },
    ]);
  });
});
