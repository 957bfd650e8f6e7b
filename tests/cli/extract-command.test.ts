import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const FIXTURE = 'tests/fixtures/baothanhhoa-giao-ban-dan-van';
const page = readFileSync(`${FIXTURE}/page.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${FIXTURE}/expected.json`, 'utf8'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-cli-'));
  writeFileSync(join(dir, 'page.html'), page);
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(page));
  writeFileSync(join(dir, 'empty.html'), '  \n');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'latin1.html'), Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>Caf\xe9 cr\xe8me</p></body></html>', 'latin1'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every page runs on a worker thread (for --timeout); from the sources each worker loads through tsx, which is slow
// on a busy machine.
describe('lucid extract', { timeout: 90_000 }, () => {
  it('prints the Article as JSON, taking the URL from the page’s canonical link', async () => {
    const r = await runCli(['extract', join(dir, 'page.html')]);
    expect(r.code).toBe(0);
    const { schemaVersion, provenance, article } = JSON.parse(r.stdout);
    expect(schemaVersion).toBe(1);
    expect(provenance.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.title).toBe(expected.title);
    expect(article.url).toBe(expected.url);
    expect(article.isArticle).toBe(true);
    expect(article.text).not.toContain('{name}');
  });

  it('reads gzipped pages and standard input alike', async () => {
    const gz = await runCli(['extract', join(dir, 'page.html.gz'), '--format', 'txt']);
    const stdin = await runCli(['extract', '-', '--format', 'txt', '--url', expected.url], page);
    // With stderr, so that a failure says why.
    expect({ code: gz.code, stderr: gz.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: stdin.code, stderr: stdin.stderr }).toEqual({ code: 0, stderr: '' });
    expect(gz.stdout).toContain(expected.paragraphs[1]);
    expect(stdin.stdout).toBe(gz.stdout);
  });

  it('honours the page’s declared charset', async () => {
    const r = await runCli(['extract', join(dir, 'latin1.html'), '--url', 'https://x.example/a']);
    expect(JSON.parse(r.stdout).article.title).toBe('Café');
  });

  it('fails clearly on a missing file, an empty file and a non-HTML file, and goes on with the others', async () => {
    const r = await runCli(['extract', join(dir, 'nope.html'), join(dir, 'empty.html'), join(dir, 'image.png'), join(dir, 'page.html'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.html: no such file/);
    expect(r.stderr).toMatch(/empty\.html: the file is empty/);
    expect(r.stderr).toMatch(/image\.png: not an HTML document/);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).article.title).toBe(expected.title);
    expect(r.stderr).toMatch(/4 pages: 1 extracted, 3 failed/);
  });

  it('says when the text is a guess (the JSON-LD articleBody of a page whose body is a loading shell)', async () => {
    const body = ['Die Stadtwerke erhöhen zum ersten Januar die Preise für Fernwärme um durchschnittlich neun Prozent, wie das Unternehmen am Montag mitteilte.', 'Grund seien die gestiegenen Kosten für Erdgas, das in den beiden Heizkraftwerken an der Hafenstraße verbrannt wird, und neue Netzentgelte.', 'Haushalte mit geringem Einkommen können bei der Stadt einen Zuschuss beantragen; die Anträge liegen im Bürgerbüro am Markt aus.', 'Der Verbraucherverband kritisierte die Erhöhung als zu hoch und forderte eine Offenlegung der Kalkulation der Stadtwerke.'];
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Fernwärme wird teurer', articleBody: body.join('\n\n') });
    const r = await runCli(['extract', '-', '--format', 'txt'], `<html lang="de"><head><title>Fernwärme wird teurer</title><script type="application/ld+json">${ld}</script></head><body><div id="app"><p>Wird geladen …</p></div></body></html>`);
    expect(r.stdout).toContain(body[3]);
    expect(r.stderr).toMatch(/the text is a guess, taken from the page's JSON-LD articleBody/);
  });

  it('still prints a page that is not an article, and says so with exit status 3', async () => {
    const r = await runCli(['extract', 'tests/fixtures/tinmientrung-chuyen-muc-thoi-su/page.html']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).article.isArticle).toBe(false);
    expect(r.stderr).toMatch(/does not look like an article/);
  });

  it('refuses several pages without --out or jsonl, rather than mixing documents on stdout', async () => {
    const r = await runCli(['extract', join(dir, 'page.html'), join(dir, 'page.html.gz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 pages need --out DIR/);
  });

  it('explains wrong usage with exit status 2', async () => {
    expect((await runCli([])).code).toBe(2);
    const bad = await runCli(['extract', 'x.html', '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "docx"/);
  });
});
