import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/repeated-headline';
import { PROSE, paras, run, VI_PROSE } from './helpers';

const TITLE = 'Thường trực Tỉnh ủy giao ban với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội cấp tỉnh';
const photo = (n: number, caption: string) => `<table class="image center"><tbody>
  <tr><td><a class="fancybox" href="/p${n}.jpg"><img alt="${TITLE}" src="/p${n}.jpg"></a></td></tr>
  <tr><td class="image_title">${TITLE}</td></tr><tr><td class="image_desc">${caption}</td></tr></tbody></table>`;

describe('repeated-headline', () => {
  it('removes the headline printed over every photo, keeping photos and captions', () => {
    const r = run(rule, `<p><strong>${TITLE.toUpperCase()}.</strong></p>${photo(1, 'Toàn cảnh hội nghị.')}<p>${VI_PROSE[0]}</p>${photo(2, 'Đại biểu tham gia ý kiến tại hội nghị.')}${paras(VI_PROSE.slice(1))}`, { lang: 'vi', title: TITLE });
    expect(r.text).not.toContain('Thường trực Tỉnh ủy giao ban');
    expect(r.root.querySelectorAll('img').length).toBe(2);
    expect(r.text).toContain('Toàn cảnh hội nghị.');
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes a "now reading" sticky bar', () => {
    const title = 'Council approves $4.2 million renovation of Riverside branch library';
    const r = run(rule, `<div class="sticky-article-bar"><span>Now reading</span> <span class="sticky-title">${title}</span></div><h2>${title}</h2>${paras(PROSE)}`, { title });
    expect(r.text).not.toContain('renovation of Riverside branch library');
    expect(r.text).not.toContain('Now reading');
  });

  it('keeps a paragraph that only contains the headline within a sentence', () => {
    const title = 'Council approves library renovation';
    const sentence = `The headline “${title}” ran on Wednesday’s front page, and Okafor said she had it framed for the branch.`;
    const r = run(rule, `${paras(PROSE)}<p>${sentence}</p>`, { title });
    expect(r.text).toContain(sentence);
    expect(r.removed).toEqual([]);
  });
});
