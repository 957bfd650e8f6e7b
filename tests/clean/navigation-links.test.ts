import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/navigation-links';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('navigation-links', () => {
  it('removes in-page skip links, and keeps in-page links that are not', () => {
    const r = run(rule, `<p><a href="#content">Skip to content</a></p>${paras(PROSE)}<p>See <a href="#table-1">the table below</a> for the figures.</p>`);
    expect(r.text).not.toContain('Skip to content');
    expect(r.text).toContain('the table below');
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('removes a breadcrumb before the body and a bare link list after it', () => {
    const r = run(rule, `<div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/dan-sinh">Dân sinh</a></li></ul></div>
      ${paras(VI_PROSE)}<ul><li><a href="/a">Nghệ An khởi công kè biển Quỳnh Lập</a></li><li><a href="/b">Hàng nghìn hộ dân thiếu nước ngọt</a></li></ul>`, { lang: 'vi' });
    for (const s of ['Dân sinh', 'Thời sự', 'Quỳnh Lập']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps a list of source links in the middle of the article', () => {
    const r = run(rule, `<p>${PROSE[0]}</p><ul><li><a href="/a">Council agenda, Oct. 8</a></li><li><a href="/b">Engineers’ report</a></li></ul>${paras(PROSE.slice(1))}`);
    expect(r.text).toContain('Council agenda, Oct. 8');
    expect(r.removed).toEqual([]);
  });
});
