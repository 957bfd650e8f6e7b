/**
 * What `lucid` prints on a terminal cannot carry terminal control sequences: not the exports it writes to stdout
 * (the page chose their text), and not its messages on stderr, which quote file names (any character but "/" and
 * NUL) and page-derived errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalLine, terminalLines } from '../../src/cli/terminal-text';
import { runCli } from '../cli/run-cli';

/** OSC 52 clipboard write, window title, screen clear, C1 CSI, a lone CR that overprints, line separators. */
const SEQUENCES = '\u001b]52;c;cHduZWQ=\u0007\u001b]0;pwned\u0007\u001b[2J\u009b2J\u009d0;t\u009cover\rwritten\u2028ls\u0085nel';
const ENTITIES = '&#27;]52;c;cHduZWQ=&#7;&#x1b;[2J&#x9d;0;t&#x9c;&#13;';

/** Raw controls a terminal acts on: C0 but TAB and LF, DEL, C1. (CR apart: RIS ends lines with CRLF.) */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_CR = /\r(?!\n)/;

const article = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta name="author" content="Ann ${title}">` +
  `<link rel="canonical" href="https://ledger.example/2024/10/09/library/"></head><body><article><h1>${title}</h1>` +
  Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} ${title} about the leaking roof of the library, which the council discussed at length on Tuesday night.</p>`).join('') +
  `<pre><code>${title}</code></pre></article></body></html>`;

let dir: string;
const hostileName = `evil${SEQUENCES}\nlucid: 2 pages: 2 extracted, 0 failed.html`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-terminal-'));
  // The sequences raw in the file, and written as character references the parser turns into the same characters.
  writeFileSync(join(dir, 'raw.html'), article(`Council ${SEQUENCES} vote ${ENTITIES}`));
  writeFileSync(join(dir, 'other.html'), article(`Budget ${ENTITIES} vote`));
  writeFileSync(join(dir, hostileName), '<!doctype html><html><head><title>Menu</title></head><body><ul><li><a href="/a">A</a></li></ul></body></html>');
  writeFileSync(join(dir, `empty${SEQUENCES}.html`), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stdout: exports of a page full of terminal sequences', () => {
  // Each run reads, extracts and renders a page: generous time for a loaded machine.
  it.each(['txt', 'md', 'html', 'bibtex', 'ris', 'json', 'csl'])('--format %s writes no raw control character', async (format) => {
    const r = await runCli(['extract', join(dir, 'raw.html'), '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(['bibtex', 'ris', 'csl'].includes(format) ? 'Council' : 'leaking roof');
    expect(CONTROLS.exec(r.stdout)).toBeNull();
    expect(LONE_CR.exec(r.stdout)).toBeNull();
    if (format !== 'ris') expect(r.stdout).not.toContain('\r');
  }, 90_000);

  it('--format jsonl writes one line per page, with no raw line separator or C1 inside', async () => {
    const r = await runCli(['extract', join(dir, 'raw.html'), join(dir, 'other.html'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(JSON.parse(line).article.text).toContain('leaking roof');
  }, 90_000);
});

describe('stderr: messages that quote file names and page errors', () => {
  it('a hostile file name is shown with its controls escaped, on one line', async () => {
    const r = await runCli(['extract', dir, '--format', 'jsonl', '--jobs', '1', '--no-progress']);
    expect(CONTROLS.exec(r.stderr)).toBeNull();
    expect(r.stderr).not.toMatch(/[\r\u2028\u0085]/);
    // Escaped, so still readable, and the fake summary line stays inside the warning that quotes it.
    expect(r.stderr).toContain('evil\\x1b]52;c;cHduZWQ=\\x07\\x1b]0;pwned\\x07');
    expect(r.stderr).toContain('\\nlucid: 2 pages: 2 extracted, 0 failed.html');
    expect(r.stderr).toMatch(/empty\\x1b\]52.*: the file is empty/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('lucid: 2 pages'))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^lucid: 4 pages: 3 extracted \(1 not articles\), 1 failed$/);
  }, 90_000);

  it('an input that matches nothing and a bad option value are quoted escaped too', async () => {
    const missing = await runCli(['extract', join(dir, `nope${SEQUENCES}`), '--format', 'txt']);
    expect(missing.code).not.toBe(0);
    expect(CONTROLS.exec(missing.stderr)).toBeNull();
    expect(missing.stderr).toContain('nope\\x1b]52;c;');
    const usage = await runCli(['extract', join(dir, 'raw.html'), '--format', `txt${SEQUENCES}`]);
    expect(usage.code).toBe(2);
    expect(CONTROLS.exec(usage.stderr)).toBeNull();
  }, 90_000);
});

describe('terminalLine / terminalLines', () => {
  it('escapes C0, DEL, C1, line and paragraph separators and bidi controls, and nothing else', () => {
    expect(terminalLine('a\u001bb\u0007c\rd\ne\tf\u007fg\u0085h\u009bi\u2028j\u202ek\u2066l')).toBe(
      'a\\x1bb\\x07c\\rd\\ne\\tf\\x7fg\\x85h\\x9bi\\u2028j\\u202ek\\u2066l',
    );
    expect(terminalLine('C:\\Users\\an\\Tin tức — Thời sự 😀.html')).toBe('C:\\Users\\an\\Tin tức — Thời sự 😀.html');
    expect(terminalLines('Error: x\u001b[2J\n    at f (a.ts:1)')).toBe('Error: x\\x1b[2J\n    at f (a.ts:1)');
  });
});
