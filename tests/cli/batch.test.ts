import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SLUGS = ['baothanhhoa-giao-ban-dan-van', 'kellerton-council-library', 'tinmientrung-chuyen-muc-thoi-su'];
const expected = (slug: string) => JSON.parse(readFileSync(`tests/fixtures/${slug}/expected.json`, 'utf8'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-batch-'));
  mkdirSync(join(dir, 'pages/nested'), { recursive: true });
  cpSync(`tests/fixtures/${SLUGS[0]}/page.html`, join(dir, 'pages/a.html'));
  writeFileSync(join(dir, 'pages/nested/b.html.gz'), gzipSync(readFileSync(`tests/fixtures/${SLUGS[1]}/page.html`)));
  cpSync(`tests/fixtures/${SLUGS[2]}/page.html`, join(dir, 'pages/c.htm'));
  writeFileSync(join(dir, 'pages/broken.html'), '');
  writeFileSync(join(dir, 'pages/notes.txt'), 'not a page');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lucid extract over folders', { timeout: 90_000 }, () => {
  it('walks a folder on two worker threads, writes one named file per page, reports the broken one and goes on', async () => {
    const out = join(dir, 'out-md');
    const r = await runCli(['extract', join(dir, 'pages'), '--format', 'md', '--out', out, '--jobs', '2', '--accessed', '2026-01-02T03:04:05Z']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.html: the file is empty/);
    expect(r.stderr).toMatch(/4 pages: 3 extracted \(1 not articles\), 1 failed; written to/);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files.every((f) => /^(?:\d{4}-\d{2}-\d{2}|undated)-[a-z0-9-]+\.md$/.test(f))).toBe(true);
    const council = files.find((f) => f.startsWith('2024-10-09'))!;
    expect(readFileSync(join(out, council), 'utf8')).toContain(`# ${expected(SLUGS[1]).title}`);
  });

  it('streams JSON Lines to stdout in input order, whatever the thread scheduling', async () => {
    const r = await runCli(['extract', join(dir, 'pages/**/*.htm*'), '--format', 'jsonl', '--jobs', '2']);
    const titles = r.stdout.trim().split('\n').map((l) => JSON.parse(l).article.title);
    expect(titles).toEqual([expected(SLUGS[0]).title, expected(SLUGS[2]).title, expected(SLUGS[1]).title]);
    expect(r.code).toBe(1);
  });

  it('stops at the first failure with --fail-fast', async () => {
    const r = await runCli(['extract', join(dir, 'pages/broken.html'), join(dir, 'pages/a.html'), '--format', 'jsonl', '--jobs', '1', '--fail-fast']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/1 not attempted \(--fail-fast\)/);
  });

  it('says when a glob matches nothing', async () => {
    const r = await runCli(['extract', join(dir, 'pages/*.xml'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/matched no saved page/);
  });
});
