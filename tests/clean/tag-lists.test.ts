import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/tag-lists';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('tag-lists', () => {
  it('removes "Từ khóa:" and "Tagged:" lists after the article', () => {
    const r = run(rule, `${paras(VI_PROSE)}<div class="detail-tags"><span class="tags-label">Từ khóa:</span> <a href="/tag/a">Thường trực Tỉnh ủy</a> <a href="/tag/b">MTTQ</a></div>
      <footer><span class="tags-links"><span>Tagged:</span> <a href="/t/1">Kellerton City Council</a>, <a href="/t/2">libraries</a></span></footer>`, { lang: 'vi' });
    for (const s of ['Từ khóa', 'MTTQ', 'Tagged:', 'libraries']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps a "Topics" heading over prose, and links in the middle of the body', () => {
    const r = run(rule, `<p>${PROSE[0]}</p><div class="tags"><a href="/a">Council</a> <a href="/b">Library</a></div>${paras(PROSE.slice(1))}<h3>Topics</h3><p>${PROSE[0].replace('Tuesday', 'Monday')}</p>`);
    expect(r.text).toContain('Council Library');
    expect(r.text).toContain('Topics');
  });
});
