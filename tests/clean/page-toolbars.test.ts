import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/page-toolbars';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('page-toolbars', () => {
  it('removes a print / e-mail / font-size toolbar', () => {
    const r = run(rule, `<div class="detail-toolbar"><a class="tb-print">Bản in</a> <a class="tb-mail">Gửi email</a> <a class="tb-font">A-</a> <a class="tb-font">A+</a> <span class="tb-view">Lượt xem: 1.482</span></div>${paras(VI_PROSE)}`, { lang: 'vi' });
    for (const s of ['Bản in', 'Gửi email', 'A+', 'Lượt xem']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps a list whose items are words, not controls', () => {
    const r = run(rule, `${paras(PROSE)}<ul><li>Print shop on Main Street</li><li>Email from the mayor</li><li>Library hours</li></ul>`);
    expect(r.text).toContain('Print shop on Main Street');
    expect(r.removed).toEqual([]);
  });
});
