import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { buildWarc, fixturePage, type RecordSpec } from './make-warc';
import { corpusOf, corpusRecords } from './corpus-files';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const html = { 'Content-Type': 'text/html; charset=utf-8' };
const page = (url: string, body: Uint8Array, date = '2025-03-04T05:06:07Z'): RecordSpec => ({ type: 'response', url, date, httpHeaders: html, body });

const bao = fixturePage('baothanhhoa-giao-ban-dan-van');
const baoParagraphs = JSON.parse(readFileSync('tests/fixtures/baothanhhoa-giao-ban-dan-van/expected.json', 'utf8')).paragraphs as string[];
/** The same article less its last paragraph: about 90 % of its shingles in common, so a near duplicate, not an exact one. */
const baoShorter = Buffer.from(bao.toString('utf8').replace(baoParagraphs[baoParagraphs.length - 1]!, ''));

const lines = corpusRecords;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-corpus-'));
  mkdirSync(at('in'));
  writeFileSync(at('in', 'a.warc.gz'), await buildWarc([page('https://kellerton.example/library', fixturePage('kellerton-council-library')), page('https://bao.example/giao-ban', bao, '2025-03-05T00:00:00Z')], true));
  // An exact copy of a page under another address, and a page of its own.
  writeFileSync(at('in', 'b.warc.gz'), await buildWarc([page('https://mirror.example/library', fixturePage('kellerton-council-library')), page('https://ruthsplot.example/frost', fixturePage('ruthsplot-frost-sensor-blog'))], true));
  // A near copy, captured earlier at an address that sorts before the original's.
  writeFileSync(at('in', 'c.warc'), await buildWarc([page('https://bao.example/amp/giao-ban', baoShorter, '2025-03-01T00:00:00Z')], false));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputs = (...names: string[]) => names.map((n) => at('in', n));

describe('lucid extract --format jsonl --out DIR: a corpus', { timeout: 600_000 }, () => {
  let near: Record<string, string>;

  it('de-duplicates near copies the same way whatever the input order and the worker count', async () => {
    const one = await runCli(['extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', at('near-1'), '--dedupe', 'near', '--jobs', '1']);
    const two = await runCli(['extract', ...inputs('c.warc', 'b.warc.gz', 'a.warc.gz'), '--format', 'jsonl', '--out', at('near-2'), '--dedupe', 'near', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    near = corpusOf(at('near-1'));
    expect(corpusOf(at('near-2'))).toEqual(near);
    const kept = lines(at('near-1'));
    // Inputs in file-name order; of each group the smallest URL is kept (the near copy in c.warc, not the longer
    // page in a.warc.gz), and it names the others.
    expect(kept.map((r) => r.article.url)).toEqual(['https://kellerton.example/library', 'https://ruthsplot.example/frost', 'https://bao.example/amp/giao-ban']);
    expect(kept[0].duplicates.map((d: { warc: { file: string } }) => d.warc.file)).toEqual(['b.warc.gz']);
    expect(kept[1].duplicates).toBeUndefined();
    expect(kept[2].duplicates.map((d: { url: string }) => d.url)).toEqual(['https://bao.example/giao-ban']);
    const manifest = JSON.parse(readFileSync(at('near-1', 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ inputs: 3, pages: 5, extracted: 5, duplicates: 2, written: 3 });
    expect(manifest.inputs.map((i: { name: string; size: number }) => [i.name, i.size])).toEqual(['a.warc.gz', 'b.warc.gz', 'c.warc'].map((n) => [n, readFileSync(at('in', n)).length]));
    expect(manifest.options.dedupe).toMatchObject({ mode: 'near', shingleWords: 5, threshold: 0.8 });
    expect(one.stderr).toMatch(/3 inputs: 5 pages, 5 extracted, 0 failed; 3 records written, 2 duplicates in 1 shard/);
  });

  it('keeps near copies apart with --dedupe exact, and reuses the extraction done for the same inputs', async () => {
    const r = await runCli(['extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', at('near-2'), '--dedupe', 'exact', '--records-per-file', '2']);
    expect(r.stderr).toMatch(/3 inputs \(3 already done, skipped\)/);
    expect(readdirSync(at('near-2')).filter((f) => f.startsWith('part-')).sort()).toEqual(['part-00000.jsonl', 'part-00001.jsonl']);
    const kept = lines(at('near-2'));
    expect(kept.map((r) => r.article.url)).toEqual(['https://kellerton.example/library', 'https://bao.example/giao-ban', 'https://ruthsplot.example/frost', 'https://bao.example/amp/giao-ban']);
    expect(kept[0].duplicates.map((d: { url: string }) => d.url)).toEqual(['https://mirror.example/library']);
  });

  it('keeps only the languages asked for with --lang', async () => {
    const r = await runCli(['extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', at('near-2'), '--lang', 'vi']);
    expect(r.stderr).toMatch(/2 records written, 3 not in --lang/);
    expect(lines(at('near-2')).map((r) => [r.language.declared, r.language.detected])).toEqual([['vi', 'vi'], ['vi', 'vi']]);
  });

  it('a merge of --shard runs writes what one process writes', async () => {
    for (const shard of ['0/2', '1/2']) {
      const r = await runCli(['extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', at('sharded'), '--dedupe', 'near', '--shard', shard, '--jobs', '1']);
      expect(r.code).toBe(0);
    }
    expect(readdirSync(at('sharded')).sort()).toEqual(['shard-0-of-2', 'shard-1-of-2']);
    const merged = await runCli(['merge', at('sharded')]);
    expect(merged.code).toBe(0);
    expect(corpusOf(at('sharded'))).toEqual(near);
  });

  it('resumes after a kill: the inputs finished before it are skipped, and the result is the same', async () => {
    const out = at('killed');
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', out, '--dedupe', 'near', '--jobs', '1'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    // Killed once the first input is done, before the last one is.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (existsSync(join(out, 'work', 'a.warc.gz.done.json'))) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run ended before it could be killed'));
      });
    });
    expect(existsSync(join(out, 'work', 'c.warc.done.json'))).toBe(false);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    const again = await runCli(['extract', ...inputs('a.warc.gz', 'b.warc.gz', 'c.warc'), '--format', 'jsonl', '--out', out, '--dedupe', 'near', '--jobs', '2']);
    expect(again.stderr).toMatch(/3 inputs \((1|2) already done, skipped\)/);
    expect(corpusOf(out)).toEqual(near);
  });
});
