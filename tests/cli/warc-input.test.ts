import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { runCli } from './run-cli';
import { buildWarc, fixturePage, sampleWarcSpecs, serializeRecord } from './make-warc';

const title = (slug: string) => JSON.parse(readFileSync(`tests/fixtures/${slug}/expected.json`, 'utf8')).title as string;
let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-warc-'));
  const specs = await sampleWarcSpecs();
  writeFileSync(path('crawl.warc.gz'), await buildWarc(specs, true));
  writeFileSync(path('crawl-1.0.warc'), await buildWarc(specs.map((s) => ({ ...s, version: 'WARC/1.0' as const })), false));
  writeFileSync(path('whole.warc.gz'), gzipSync(await buildWarc(specs, false)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each sample WARC's JSON Lines from the first test, reused by the later ones (a run costs seconds). */
const outputs = new Map<string, string>();
const records = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));

describe('lucid extract over WARC files', { timeout: 180_000 }, () => {
  for (const name of ['crawl.warc.gz', 'crawl-1.0.warc', 'whole.warc.gz']) {
    it(`${name}: one record per 2xx HTML response, with its provenance; the rest counted and skipped`, async () => {
      const r = await runCli(['extract', path(name), '--format', 'jsonl', '--jobs', '2']);
      outputs.set(name, r.stdout);
      const out = records(r.stdout);
      expect(out.map((o) => o.article.title)).toEqual([
        title('kellerton-council-library'),
        title('baothanhhoa-giao-ban-dan-van'), // chunked, gzip-encoded body
        title('ruthsplot-frost-sensor-blog'), // windows-1252, declared by the HTTP Content-Type only
      ]);
      expect(out.map((o) => o.warc.targetUri)).toEqual(['https://kellerton.example/news/library', 'https://baothanhhoa.example/giao-ban', 'https://ruthsplot.example/frost']);
      expect(out.map((o) => o.article.url)).toEqual(out.map((o) => o.warc.targetUri));
      for (const o of out) {
        expect(o.warc.file).toBe(name);
        expect(o.warc.recordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
        // The capture time is the access time.
        expect(o.provenance.accessedAt).toBe(new Date(o.warc.date).toISOString());
      }
      expect(out[1].provenance.accessedAt).toBe('2025-03-05T00:00:00.000Z');
      expect(r.stderr).toContain('lucid: 3 pages: 3 extracted, 0 failed; WARC records: 3 pages, 1 metadata, 1 non-2xx, 1 non-html, 1 request, 1 revisit, 1 warcinfo skipped');
      expect(r.code).toBe(0);
    });
  }

  it('gives offsets at which each record can be read again (per-record gzip and plain WARC)', async () => {
    for (const name of ['crawl.warc.gz', 'crawl-1.0.warc']) {
      const out = records(outputs.get(name)!);
      const bytes = readFileSync(path(name));
      for (const o of out) {
        const record = await WARCParser.parse([bytes.subarray(o.warc.offset)]);
        expect(record?.warcHeader('WARC-Record-ID')).toBe(o.warc.recordId);
      }
    }
    // In a WARC gzipped whole, only the first record (here the warcinfo) starts at a point one can seek to.
    expect(records(outputs.get('whole.warc.gz')!).map((o) => o.warc.offset)).toEqual([null, null, null]);
  });

  it('decodes a non-UTF-8 page by its HTTP charset, else by its own <meta>', async () => {
    const [page] = (await sampleWarcSpecs()).filter((s) => s.url.includes('ruthsplot'));
    expect(page!.body.includes(0xa3)).toBe(true); // "£" in windows-1252, not UTF-8
    const out = records(outputs.get('crawl.warc.gz')!);
    expect(out[2].article.title).toContain('£4');
    const metaOnly = await buildWarc(
      [{ ...page!, httpHeaders: { 'Content-Type': 'text/html' }, body: Buffer.from(Buffer.from(page!.body).toString('latin1').replace('<head>', '<head><meta charset="windows-1252">'), 'latin1') }],
      true,
    );
    writeFileSync(path('meta-only.warc.gz'), metaOnly);
    const [fromMeta] = records((await runCli(['extract', path('meta-only.warc.gz'), '--format', 'jsonl'])).stdout);
    expect(fromMeta.article.title).toBe(out[2].article.title);
  });

  it('reports a truncated last record and keeps the records before it', async () => {
    for (const gzip of [true, false]) {
      const last = await serializeRecord({ type: 'response', url: 'https://westhaven.example/storm', httpHeaders: { 'Content-Type': 'text/html' }, body: fixturePage('westhaven-storm-fenna-live') }, gzip);
      const whole = Buffer.concat([await buildWarc((await sampleWarcSpecs()).slice(0, 3), gzip), last]);
      const name = `cut${gzip ? '.warc.gz' : '.warc'}`;
      writeFileSync(path(name), whole.subarray(0, whole.length - 2000));
      const r = await runCli(['extract', path(name), '--format', 'jsonl']);
      expect(records(r.stdout).map((o) => o.article.title)).toEqual([title('kellerton-council-library')]);
      expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: the last record is truncated`));
      expect(r.stderr).toContain('1 truncated');
      expect(r.code).toBe(0);
    }
  });

  it('gives the same bytes on every run, and needs --out or jsonl for a WARC', async () => {
    const a = await runCli(['extract', path('crawl.warc.gz'), '--format', 'jsonl', '--jobs', '1']);
    expect(a.stdout).toBe(outputs.get('crawl.warc.gz')); // that run had two threads
    const usage = await runCli(['extract', path('crawl.warc.gz')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/A WARC holds many pages/);
    const missing = await runCli(['extract', path('nope.warc.gz'), '--format', 'jsonl']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.warc\.gz: no such file/);
  });
});
