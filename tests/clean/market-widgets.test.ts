import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/market-widgets';
import { paras, run, VI_PROSE } from './helpers';

describe('market-widgets', () => {
  it('removes gold-price and exchange-rate boards', () => {
    const r = run(rule, `${paras(VI_PROSE)}<div class="box-right box-giavang"><div class="box-right-title">Giá vàng</div>
      <table><tr><th>Loại vàng</th><th>Mua vào</th><th>Bán ra</th></tr><tr><td>SJC 1L - 10L</td><td>76.980</td><td>78.980</td></tr></table>
      <p>Đơn vị: nghìn đồng/lượng. Nguồn: SJC</p></div>
      <div class="box-tygia"><div>Tỷ giá ngoại tệ</div><table><tr><td>USD</td><td>25.204</td><td>25.464</td></tr><tr><td>EUR</td><td>27.135</td><td>28.623</td></tr></table><p>Nguồn: Vietcombank</p></div>`, { lang: 'vi' });
    for (const s of ['Giá vàng', 'SJC 1L - 10L', 'nghìn đồng/lượng', 'Tỷ giá ngoại tệ', 'Vietcombank']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps an article table of figures and prose about gold prices', () => {
    const story = 'Giá vàng SJC hôm nay tăng 500.000 đồng mỗi lượng, lên 78,98 triệu đồng, mức cao nhất trong ba tháng qua theo ghi nhận của phóng viên.';
    const r = run(rule, `<p>${story}</p>${paras(VI_PROSE)}<table class="data"><tr><td>Huyện</td><td>Ca mắc</td></tr><tr><td>Mỹ Xuyên</td><td>212</td></tr></table>`, { lang: 'vi' });
    expect(r.text).toContain(story);
    expect(r.text).toContain('Mỹ Xuyên');
  });
});
