/**
 * Issue #14 item 9: the CLI decodes saved pages as a browser would (WHATWG encoding sniffing: BOM, then the charset
 * the server sent if known, then the pre-scan of the first 1024 bytes that skips comments, then a <meta> the parser
 * meets in the head, then the default), and never refuses a page a browser reads. Each hostile page below was read
 * differently from a browser, or refused, by the hand-written scan this replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, decodeHtml } from '../../src/cli/read-input';
import { parseCli, UsageError } from '../../src/cli/args';
import { parseDocument } from '../../src/node/index';
import { runCli } from '../cli/run-cli';

/** Bytes of a string whose characters are all below U+0100, one byte each (how legacy encodings are written here). */
const bytes = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** "Привет" in windows-1251, in KOI8-R, and the word it is. */
const PRIVET_1251 = '\xcf\xf0\xe8\xe2\xe5\xf2';
const PRIVET_KOI8 = '\xf0\xd2\xc9\xd7\xc5\xd4';
const PRIVET = 'Привет';
const decode = (b: Buffer, charset?: string) => decodeHtml(b, 'page.html', charset);
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('the pre-scan of the first 1024 bytes', () => {
  it('skips a <meta charset> inside a comment (browsers do not read it)', () => {
    const page = utf8('<!doctype html><!-- <meta charset="koi8-r"> --><html><head><title>Café crème</title></head><body><p>Café</p></body></html>');
    expect(titleOf(decode(page))).toBe('Café crème');
  });

  it('skips a meta behind a comment end that is not one (- >, -- >)', () => {
    const page = utf8('<!-- a - > -- > <meta charset="koi8-r"> --><title>Café</title><p>x</p>');
    expect(titleOf(decode(page))).toBe('Café');
  });

  it('skips a meta written inside another tag’s attribute value', () => {
    const page = utf8(`<div title='<meta charset="koi8-r">' data-x="<meta charset=koi8-r>"><title>Café</title></div>`);
    expect(titleOf(decode(page))).toBe('Café');
  });

  it('reads a utf-16 label on an ASCII-compatible page as UTF-8, as the spec says (and does not refuse it)', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be', 'unicode', 'ucs-2', 'csunicode']) {
      const page = utf8(`<html><head><meta charset="${label}"><title>Café ${label}</title></head><body><p>An ordinary page.</p></body></html>`);
      expect(titleOf(decode(page)), label).toBe(`Café ${label}`);
    }
  });

  it('maps a utf-16 label given by http-equiv the same way', () => {
    const page = utf8('<meta http-equiv="Content-Type" content="text/html; charset=utf-16"><title>Café</title>');
    expect(titleOf(decode(page))).toBe('Café');
  });

  it('honours http-equiv content only with the pragma, and the first of two metas', () => {
    const noPragma = bytes(`<meta content="text/html; charset=windows-1251"><title>Caf\xe9</title>`);
    expect(titleOf(decode(noPragma))).toBe('Café'); // no pragma: ignored; not UTF-8, so windows-1252
    const two = bytes(`<meta charset="windows-1251"><meta charset="koi8-r"><title>${PRIVET_1251}</title>`);
    expect(titleOf(decode(two))).toBe(PRIVET);
  });

  it('reads x-user-defined in a meta as windows-1252', () => {
    const page = bytes('<meta charset="x-user-defined"><title>Caf\xe9 \x80</title>');
    expect(titleOf(decode(page))).toBe('Café €');
  });

  it('honours a meta inside a script in the first 1024 bytes, as the WHATWG pre-scan (which does not know scripts) does', () => {
    const page = bytes(`<script>var s = '<meta charset="koi8-r">';</script><title>${PRIVET_KOI8}</title>`);
    expect(titleOf(decode(page))).toBe(PRIVET);
  });

  it('lets the first real meta of the head override one the pre-scan found inside a script', () => {
    const page = bytes(`<head><script>var s = '<meta charset="koi8-r">';</script><meta charset="windows-1251"><title>${PRIVET_1251}</title>`);
    expect(titleOf(decode(page))).toBe(PRIVET);
  });

  it('honours encodings the older label table lacked (ISO-2022-JP, x-mac-cyrillic)', () => {
    const jp = bytes('<meta charset="iso-2022-jp"><title>\x1b$B$3$s$K$A$O\x1b(B</title>');
    expect(titleOf(decode(jp))).toBe('こんにちは');
    const mac = bytes('<meta charset="x-mac-cyrillic"><title>\x8f\xf0\xe8\xe2\xe5\xf2</title>');
    expect(titleOf(decode(mac))).toBe(PRIVET);
  });
});

describe('a meta past the first 1024 bytes', () => {
  const filler = `<script>${'/* a long analytics snippet */ '.repeat(40)}</script>`;

  it('is honoured when the parser meets it in the head (Chrome and Firefox both do)', () => {
    expect(filler.length).toBeGreaterThan(1024);
    const page = bytes(`<html><head>${filler}<meta charset="windows-1251"><title>${PRIVET_1251}</title></head><body><p>x</p></body></html>`);
    expect(titleOf(decode(page))).toBe(PRIVET);
  });

  it('is not honoured inside a comment, a script or an attribute there', () => {
    for (const hidden of ['<!-- <meta charset="koi8-r"> -->', `<script>"<meta charset='koi8-r'>"</script>`, `<link title='<meta charset="koi8-r">'>`]) {
      const page = utf8(`<html><head>${filler}${hidden}<title>Café</title></head><body><p>x</p></body></html>`);
      expect(titleOf(decode(page)), hidden).toBe('Café');
    }
  });

  it('is not honoured in the body once past 1024 bytes (Chrome stops at the end of the head)', () => {
    const page = utf8(`<html><head><title>Café</title></head><body><p>${'text '.repeat(300)}</p><meta charset="koi8-r"></body></html>`);
    expect(titleOf(decode(page))).toBe('Café');
  });
});

describe('byte-order marks and the charset the server sent', () => {
  it('lets a UTF-8 BOM win over a meta that says otherwise', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<meta charset="windows-1252"><title>Café</title>')]);
    expect(titleOf(decode(page))).toBe('Café');
  });

  it('lets a UTF-16 BOM win over a utf-8 meta, in both byte orders', () => {
    const text = '<meta charset="utf-8"><title>Café ☕</title><p>x</p>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(titleOf(decode(le))).toBe('Café ☕');
    expect(titleOf(decode(be))).toBe('Café ☕');
  });

  it('takes --charset (the Content-Type the server sent) over the page’s meta, but not over a BOM', () => {
    const page = bytes(`<meta charset="koi8-r"><title>${PRIVET_1251}</title>`);
    expect(titleOf(decode(page, 'windows-1251'))).toBe(PRIVET);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<title>Café</title>')]);
    expect(titleOf(decode(bom, 'windows-1251'))).toBe('Café');
  });

  it('decodes x-user-defined when the server said so', () => {
    const html = decode(bytes('<title>a\x80b</title>'), 'x-user-defined');
    expect(titleOf(html)).toBe('a\uf780b');
  });

  it('refuses an unknown --charset label as wrong usage', () => {
    expect(() => parseCli(['extract', 'a.html', '--charset', 'no-such-charset'])).toThrow(UsageError);
    expect(parseCli(['extract', 'a.html', '--charset', 'Latin1']).charset).toBe('windows-1252');
  });
});

describe('pages browsers read that the old scan refused', () => {
  it('reads a page with raw NUL bytes in its first 4 KB', () => {
    const page = utf8('<html><head><title>Caf\u0000é</title></head><body><p>One\u0000two</p></body></html>');
    const html = decode(page);
    expect(html).toContain('<p>One');
    expect(html).toContain('two</p>');
  });

  it('puts no NUL in the parsed page: U+FFFD instead, as a browser’s tokenizer does outside body text', () => {
    const doc = parseDocument(decode(utf8('<html><head><title>A\u0000B</title></head><body><p title="x\u0000y">One\u0000two</p></body></html>')));
    expect(doc.title).toBe('A\ufffdB');
    expect(doc.querySelector('p')?.getAttribute('title')).toBe('x\ufffdy');
    expect(doc.body.textContent).toBe('One\ufffdtwo');
  });

  it('reads a page that starts with a NUL', () => {
    expect(decode(utf8('\u0000<html><body><p>Hello</p></body></html>'))).toContain('<p>Hello</p>');
  });

  it('says clearly when the page declares an encoding browsers refuse to decode (the replacement encoding)', () => {
    for (const label of ['iso-2022-kr', 'hz-gb-2312', 'replacement', 'iso-2022-cn']) {
      const page = utf8(`<meta charset="${label}"><title>x</title><p>Hello</p>`);
      expect(() => decode(page), label).toThrow(InputError);
      expect(() => decode(page), label).toThrow(/page\.html: .*browsers do not decode/);
    }
  });

  it('still refuses images and other binary files named .html', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes('\0\0\0\rIHDR<a href>'), Buffer.alloc(64)]);
    expect(() => decode(png)).toThrow(/not an HTML document/);
    const pdf = bytes('%PDF-1.7\n<</Type /Catalog>> <a>');
    expect(() => decode(pdf)).toThrow(/not an HTML document/);
  });
});

describe('the default, when nothing declares an encoding', () => {
  it('is UTF-8 when the bytes are UTF-8 (as browsers read a saved file)', () => {
    expect(titleOf(decode(utf8('<title>Café ☕ Привет</title>')))).toBe('Café ☕ Привет');
  });

  it('is windows-1252 when they are not', () => {
    expect(titleOf(decode(bytes('<title>Caf\xe9 cr\xe8me \x93quoted\x94</title>')))).toBe('Café crème “quoted”');
  });
});

describe('the CLI over files and standard input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lucid-charset-'));
    const article = (head: string, title: string, body: string) =>
      `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>` +
      `<p>${body} ${'This paragraph is long enough to be read as part of the article body by the extractor. '.repeat(4)}</p>`.repeat(4) +
      '</article></body></html>';
    writeFileSync(join(dir, 'comment.html'), utf8(article('<!-- <meta charset="koi8-r"> -->', 'Café society', 'Crème brûlée')));
    writeFileSync(join(dir, 'utf16-label.html'), utf8(article('<meta charset="utf-16">', 'Plain words', 'Plain')));
    writeFileSync(join(dir, 'nul.html'), utf8(article('', 'Null and void', 'A NUL here \u0000 in the text')));
    writeFileSync(join(dir, 'cyrillic.html.gz'), gzipSync(bytes(article('<meta charset="windows-1251">', PRIVET_1251, PRIVET_1251))));
    writeFileSync(join(dir, 'utf16-bom.html.gz'), gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('', 'Café ☕', 'Café'), 'utf16le')])));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads all five as a browser would, plain and gzipped', { timeout: 90_000 }, async () => {
    const names = ['comment.html', 'utf16-label.html', 'nul.html', 'cyrillic.html.gz', 'utf16-bom.html.gz'];
    const r = await runCli(['extract', ...names.map((n) => join(dir, n)), '--format', 'jsonl', '--jobs', '1']);
    expect(r.stderr).not.toMatch(/not an HTML document/);
    expect(r.stderr).toMatch(/5 pages: 5 extracted.*, 0 failed/);
    const titles = r.stdout.trim().split('\n').map((line) => JSON.parse(line).article.title);
    expect(titles).toEqual(['Café society', 'Plain words', 'Null and void', PRIVET, 'Café ☕']);
  });

  it('reads standard input the same way, with --charset for what the server said', { timeout: 60_000 }, async () => {
    const page = `<html><head><meta charset="koi8-r"><title>${PRIVET_1251}</title></head><body><p>${PRIVET_1251}</p></body></html>`;
    const r = await runCli(['extract', '-', '--charset', 'windows-1251', '--url', 'https://x.example/a'], bytes(page));
    expect(JSON.parse(r.stdout).article.title).toBe(PRIVET);
  });
});
