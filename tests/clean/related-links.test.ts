import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/related-links';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('related-links', () => {
  it('removes a "Tin liên quan" box and a "Xem thêm" box inside the body', () => {
    const r = run(rule, `${paras(VI_PROSE.slice(0, 2))}<div class="related-inline"><p>Tin liên quan</p><ul>
      <li><a href="/a">Sóc Trăng: Ra quân diệt lăng quăng phòng, chống sốt xuất huyết</a></li>
      <li><a href="/b">Số ca sốt xuất huyết tăng cao tại các huyện ven biển</a></li></ul></div>${paras(VI_PROSE.slice(2))}
      <div class="box-tinlienquanv2"><h3>Xem thêm</h3><article><h4><a href="/c">Quảng Bình di dời 300 hộ dân khỏi vùng sạt lở</a></h4></article></div>`, { lang: 'vi' });
    for (const s of ['Tin liên quan', 'Ra quân diệt lăng quăng', 'Xem thêm', 'di dời 300 hộ dân']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes "Related stories" and an inline "Read more:" link line', () => {
    const r = run(rule, `${paras(PROSE)}<aside class="related-stories"><h4>Related stories</h4><ul><li><a href="/x">Library board recommends repairs</a></li><li><a href="/y">Elevator failure limits access</a></li></ul></aside>
      <p>Read more: <a href="/z">What a new library would cost Kellerton</a></p>`);
    for (const s of ['Related stories', 'Library board recommends', 'What a new library']) expect(r.text).not.toContain(s);
  });

  it('keeps a long prose paragraph that starts with "Read more about this in"', () => {
    const story = 'Read more about this in the council’s budget report, which shows that the renovation will be paid for with state grants, capital funds and a donation from the Friends group.';
    const r = run(rule, `${paras(PROSE)}<p>${story.replace('budget report', '<a href="/r">budget report</a>')}</p>`);
    expect(r.text).toContain('Read more about this in the council’s budget report');
    expect(r.removed).toEqual([]);
  });
});
