import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../src/core/clean/kit/lead-text';
import { rule } from '../../src/core/clean/rules/repeated-lead';
import { paras, run, VI_PROSE } from './helpers';

const LEAD = 'Chiều 29-6, Thường trực Tỉnh ủy Thanh Hoá đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội cấp tỉnh.';

describe('repeated-lead', () => {
  it('keeps one copy of a sapo repeated as the first paragraph with a "(Site) -" dateline', () => {
    const r = run(rule, `<h2 class="detail-sapo"><strong>(Baothanhhoa.vn) - ${LEAD}</strong></h2><div class="detail-content"><p>${LEAD}</p>${paras(VI_PROSE)}</div>`, { lang: 'vi' });
    expect(r.text.split('Thường trực Tỉnh ủy Thanh Hoá đã tổ chức').length - 1).toBe(1);
    expect(r.text).toContain(`(Baothanhhoa.vn) - ${LEAD}`);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps one copy when the two are identical', () => {
    const r = run(rule, `<p class="description">${LEAD}</p><article><p>${LEAD}</p>${paras(VI_PROSE)}</article>`, { lang: 'vi' });
    expect(r.text.split(LEAD).length - 1).toBe(1);
  });

  it('keeps two different opening paragraphs that share a dateline style', () => {
    const a = `STNN - ${VI_PROSE[0]}`;
    const r = run(rule, `<p>${a}</p>${paras(VI_PROSE.slice(1))}`, { lang: 'vi' });
    expect(r.text).toContain(a);
    expect(r.removed).toEqual([]);
  });

  it('strips datelines only for comparison', () => {
    expect(withoutDateline(`(Baothanhhoa.vn) - ${LEAD}`)).toBe(LEAD);
    expect(withoutDateline(`HÀ NỘI — ${LEAD}`)).toBe(LEAD);
    expect(withoutDateline(LEAD)).toBe(LEAD);
  });
});
