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

describe('repeated-lead: the author repeating a paragraph', () => {
  const REFRAIN = 'Und wieder klopft es an der Tür, und wieder ist niemand da, als der Wind durch die leeren Gassen des Dorfes zieht.';
  it('keeps two identical plain sibling paragraphs of one container (one template printed both)', () => {
    const r = run(rule, `<article><p>${REFRAIN}</p><p>${REFRAIN}</p>${paras(VI_PROSE)}</article>`, { lang: 'de' });
    expect(r.text.split(REFRAIN).length - 1).toBe(2);
    expect(r.removed).toEqual([]);
  });

  it('keeps a text printed three times, even in different containers', () => {
    const r = run(rule, `<div><p>${REFRAIN}</p></div><section><p>${REFRAIN}</p></section><div><div>${REFRAIN}</div></div>`, { lang: 'de' });
    expect(r.text.split(REFRAIN).length - 1).toBe(3);
  });

  it('still removes a sapo printed as a classed sibling of the first paragraph', () => {
    const r = run(rule, `<article><p class="lead">${LEAD}</p><p>${LEAD}</p>${paras(VI_PROSE)}</article>`, { lang: 'vi' });
    expect(r.text.split(LEAD).length - 1).toBe(1);
  });
});

describe('repeated-lead: copies apart', () => {
  it('keeps a paragraph repeated after another paragraph of prose (a later section restating it)', () => {
    const again = 'Die Brücke bleibt bis zum Frühjahr gesperrt, Fußgänger und Radfahrer werden über den Steg am Wehr umgeleitet.';
    const other = 'Im zweiten Bauabschnitt erneuert die Stadt die Geländer und die Beleuchtung, danach folgt die neue Fahrbahndecke.';
    const r = run(rule, `<div><p>${again}</p></div><h2>Zweiter Abschnitt</h2><div><p>${other}</p><p>${again}</p></div>`, { lang: 'de' });
    expect(r.text.split(again).length - 1).toBe(2);
    expect(r.removed).toEqual([]);
  });
});
