import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/adjacent-articles';
import { VI_PROSE, paras, run } from './helpers';

describe('adjacent-articles', () => {
  it('removes previous/next links with their headlines after the body', () => {
    const r = run(rule, `${paras(VI_PROSE)}<div><a href="/a"><span>Bài trước</span><h3>Giá tiêu hôm nay 14/8: đi ngang</h3></a>
      <a href="/b"><span>Bài tiếp theo</span><h3>Mô hình cà phê xen bơ cho thu nhập ổn định</h3></a></div>`, { lang: 'vi' });
    expect(r.text).not.toContain('Bài trước');
    expect(r.text).not.toContain('Mô hình cà phê');
    expect(r.text).toContain(VI_PROSE[2]);
  });

  it('keeps a "Next" line that is not links, and labels before the body ends', () => {
    const r = run(rule, `${paras(VI_PROSE.slice(0, 1))}<p>Next</p><p>Bài tiếp theo sẽ bàn về giá cà phê.</p>${paras(VI_PROSE.slice(1))}`, { lang: 'vi' });
    expect(r.removed).toEqual([]);
  });
});
