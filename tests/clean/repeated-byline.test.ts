import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/repeated-byline';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('repeated-byline', () => {
  it('keeps the signature at the end when the page prints no byline above the body (Vietnamese papers sign so)', () => {
    const r = run(rule, `${paras(VI_PROSE)}<p style="text-align: right;"><strong>Quốc Hương</strong></p>`, { lang: 'vi', byline: 'Quốc Hương' });
    expect(r.removed).toEqual([]);
    expect(r.text.endsWith('Quốc Hương')).toBe(true);
  });

  it('removes the closing copy when the byline also stands above the body, in the body or in the page header', () => {
    const inBody = run(rule, `<p class="author">Bài và ảnh: Quốc Hương</p>${paras(VI_PROSE)}<p style="text-align: right;"><strong>Quốc Hương</strong></p>`, { lang: 'vi', byline: 'Quốc Hương' });
    expect(inBody.text).toBe(VI_PROSE.join(' '));
    const pages: [string, string, string, string[]][] = [
      ['en', 'Jane Rivers', `<header><h1>Council approves library renovation</h1><div class="byline">By Jane Rivers</div></header><div class="body">${paras(PROSE)}<p>Jane Rivers</p></div><footer><p>Contact us</p></footer>`, PROSE],
      ['en', 'Jane Rivers', `<h1>Council approves library renovation</h1><p class="meta"><span>By</span> <a href="/staff/jr">Jane Rivers</a></p><article>${paras(PROSE)}<p><em>— Jane Rivers</em></p></article>`, PROSE],
      ['vi', 'Quốc Hương', `<h1>Quảng Bình chống sạt lở</h1><div class="author">Quốc Hương</div><div class="content">${paras(VI_PROSE)}<p style="text-align:right"><strong>QUỐC HƯƠNG</strong></p></div>`, VI_PROSE],
    ];
    for (const [lang, byline, html, prose] of pages) {
      const r = run(rule, html, { lang, byline }, 'pre');
      expect(r.removed.length, html).toBe(1);
      const body = r.root.querySelector('.body, article, .content')!;
      expect((body.textContent ?? '').replace(/\s+/g, ' ').trim(), html).toBe(prose.join(' '));
    }
  });

  it('keeps a signature the page header does not print, and a name inside the body', () => {
    const alone = `<h1>Quảng Bình chống sạt lở</h1><div class="content">${paras(VI_PROSE)}<p style="text-align:right"><strong>Quốc Hương</strong></p></div>`;
    expect(run(rule, alone, { lang: 'vi', byline: 'Quốc Hương' }, 'pre').removed).toEqual([]);
    const mid = `<div class="byline">By Jane Rivers</div><div class="body"><p>${PROSE[0]}</p><p>Jane Rivers</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></div>`;
    expect(run(rule, mid, { byline: 'Jane Rivers' }, 'pre').removed).toEqual([]);
  });

  it('removes a "By" line when the byline is not at the end', () => {
    const r = run(rule, `<p>By Marcus Feld</p>${paras(PROSE)}`, { byline: 'Marcus Feld' });
    expect(r.text).not.toContain('Marcus Feld');
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('keeps the name in photo credits and sentences', () => {
    const r = run(rule, `${paras(VI_PROSE)}<p class="Image">Bờ biển xã Bảo Ninh bị sạt lở. Ảnh: <em>Đức Hùng</em></p><p><strong>Đức Hùng</strong></p>`, { lang: 'vi', byline: 'Đức Hùng' });
    expect(r.text).toContain('Ảnh: Đức Hùng');
    expect(r.text.split('Đức Hùng').length - 1).toBe(2);
  });
});
