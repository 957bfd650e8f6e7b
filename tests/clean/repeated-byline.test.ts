import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/repeated-byline';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('repeated-byline', () => {
  it('keeps only the signature at the end when the byline is printed twice', () => {
    const r = run(rule, `<p class="author">Bài và ảnh: Quốc Hương</p>${paras(VI_PROSE)}<p style="text-align: right;"><strong>Quốc Hương</strong></p>`, { lang: 'vi', byline: 'Quốc Hương' });
    expect(r.text.split('Quốc Hương').length - 1).toBe(1);
    expect(r.text.endsWith('Quốc Hương')).toBe(true);
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
