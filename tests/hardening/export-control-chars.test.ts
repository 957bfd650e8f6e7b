/**
 * Characters that break an export's reader or act on a terminal, in every field a page controls: each format
 * either drops them (text formats: txt, md, html, BibTeX, RIS) or keeps the value and escapes them (JSON, JSONL,
 * CSL-JSON, the YAML front matter), and every format still parses as its reader parses it.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../src/core/article';
import { formats, jsonl, jsonLine } from '../../src/core/export/index';
import { buildArticle } from '../export/article-factory';
import { CTX } from './outputs';

/** What a hostile page puts in its text: terminal sequences, line breaks of every kind, YAML's forbidden set. */
const NASTY = [
  '\u001b]52;c;cHduZWQ=\u0007', // OSC 52: write "pwned" to the clipboard
  '\u001b]0;pwned title\u0007', // window title
  '\u001b[2J\u001bc', // clear the screen, reset
  '\u009b2J', // C1 CSI: clear the screen in 8-bit terminals
  '\u009d0;c1 title\u009c', // C1 OSC ... ST
  'over\rwritten', // a lone CR overprints the line
  'crlf\r\nline',
  '\u0000nul\u0008bs\u000bvt\u000cff\u007fdel\u001cfs\u001dgs\u001ers',
  'nel\u0085ls\u2028ps\u2029',
  'nonchar\ufffe\uffff\ufdd0 bom\ufeff',
  'lone \ud800 surrogate \udc00',
  'tab\there',
].join(' | ');

/** An article whose every page-controlled string carries NASTY. */
function nastyArticle(): Article {
  const base = buildArticle('kellerton-council-library');
  const v = (label: string) => `${label} ${NASTY}`;
  return {
    ...base,
    title: v('Title'),
    byline: v('By Marcus Feld'),
    siteName: v('Ledger'),
    standfirst: v('Standfirst'),
    excerpt: v('Excerpt'),
    text: `${v('Para one')}\n\n${v('Para two')}`,
    paragraphs: [v('Para one'), v('Para two')],
    html:
      `<p>${v('Para one')}</p><p>${v('Para two')} &#27;]0;entity&#7; &#x9b;2J</p>` +
      `<pre><code>${v('code')}\n${v('line')}</code></pre><p><code>${v('inline')}</code></p>` +
      `<figure><img src="https://kellertonledger.com/a.jpg" alt="${v('alt')}"><figcaption>${v('caption')}</figcaption></figure>`,
    images: [{ src: 'https://kellertonledger.com/a.jpg', alt: v('alt'), caption: v('caption') }],
    attendees: { people: [{ name: v('Name'), roles: [v('Role')], parts: ['chair'], evidence: [v('Evidence')] }], groups: [v('Group')] },
  };
}

/** Raw controls a terminal acts on: C0 except TAB and LF, DEL, C1. CR is checked apart (RIS ends lines with CRLF). */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const describeChar = (s: string) => `U+${s.charCodeAt(0).toString(16).padStart(4, '0')}`;

function firstControl(text: string, allowCrlf = false): string | null {
  const m = TERMINAL_CONTROLS.exec(text);
  if (m) return `${describeChar(m[0])} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}`;
  const cr = allowCrlf ? /\r(?!\n)/.exec(text) : /\r/.exec(text);
  return cr ? `CR at ${cr.index}: ${JSON.stringify(text.slice(Math.max(0, cr.index - 30), cr.index + 10))}` : null;
}

/** The line breaks Python's str.splitlines() splits at (it also splits at \r\n as one). */
const PYTHON_LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/;

/** YAML 1.2 c-printable (5.1): what may appear raw anywhere in a YAML stream. */
const YAML_PRINTABLE = /^[\t\n\r\u0020-\u007e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** The value a YAML reader gets back: the front matter writes a lone surrogate (not storable in UTF-8) as U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('text exports drop terminal controls', () => {
  const article = nastyArticle();

  it.each(['txt', 'md', 'html', 'bibtex'] as const)('%s: no C0 (but TAB, LF), no CR, no DEL, no C1', (id) => {
    const out = formats[id].render(article, CTX);
    expect(firstControl(out)).toBeNull();
    // Markdown drops them where it writes page text and code: its last guard (U+FFFD for whatever reached the
    // finished file) must have found nothing. The front matter holds U+FFFD for the lone surrogates.
    if (id === 'md') expect(out.slice(out.indexOf('\n---\n'))).not.toContain('\ufffd');
    // The text around the controls is still there.
    expect(out).toContain('over');
    expect(out).toContain('written');
  });

  it('ris: no controls in any value, lines end CRLF and each is one tag', () => {
    const out = formats.ris.render(article, CTX);
    expect(firstControl(out, true)).toBeNull();
    const lines = out.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(out.match(/\n/g)).toHaveLength(lines.length);
  });

  it('txt: a lone CR is a line break, not an overprint', () => {
    const out = formats.txt.render({ ...article, paragraphs: ['real text\rfake text'] }, CTX);
    expect(out).toContain('real text fake text');
  });
});

describe('JSON exports keep every value and escape what breaks line-based readers', () => {
  const article = nastyArticle();

  it.each(['json', 'csl'] as const)('%s: no raw DEL, C1, U+2028, U+2029 (or C0); parses back to the same values', (id) => {
    const out = formats[id].render(article, CTX);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const parsed = JSON.parse(out);
    const title = id === 'json' ? parsed.article.title : parsed[0].title;
    // JSON writes a lone surrogate as an escape, so even that comes back.
    expect(title).toBe(id === 'json' ? article.title : article.title.replace(/\s+/g, ' ').trim());
    if (id === 'json') expect(parsed.article.paragraphs).toEqual(article.paragraphs);
  });

  it('jsonl: Python’s splitlines() finds exactly one valid JSON record per line', () => {
    const entries = [{ article, ctx: CTX }, { article: { ...article, title: 'second\u2028record' }, ctx: CTX }];
    const out = jsonl(entries);
    expect(jsonLine(article, CTX)).toBe(out.split('\n')[0] + '\n');
    const lines = out.split(PYTHON_LINE_BREAKS);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    const records = lines.map((line) => JSON.parse(line));
    expect(records[0].article.title).toBe(article.title);
    expect(records[1].article.title).toBe('second\u2028record');
    expect(records[0].article.attendees.people[0].evidence).toEqual(article.attendees!.people[0].evidence);
  });
});

describe('YAML front matter stays within YAML’s printable set and reads back', () => {
  const article = nastyArticle();
  const md = formats.md.render(article, CTX);
  const frontMatter = /^---\n([\s\S]*?\n)---\n/.exec(md)![1];

  it('every character of the front matter is YAML 1.2 printable, and no value leaves its line', () => {
    expect(frontMatter).toMatch(YAML_PRINTABLE);
    expect(frontMatter.split(PYTHON_LINE_BREAKS).length).toBe(frontMatter.split('\n').length);
  });

  it.each(['1.2', '1.1'] as const)('a YAML %s parser reads every value back exactly', (version) => {
    const data = parseYaml(frontMatter, { version, strict: true, uniqueKeys: true }) as Record<string, unknown>;
    expect(data.title).toBe(wellFormed(article.title));
    expect(data.byline).toBe(wellFormed(article.byline!));
    expect(data.site).toBe(wellFormed(article.siteName!));
    expect(data.attendees).toEqual({
      people: [{ name: wellFormed(article.attendees!.people[0].name), roles: [wellFormed(article.attendees!.people[0].roles[0])], parts: ['chair'] }],
      groups: [wellFormed(article.attendees!.groups[0])],
    });
  });
});
