import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/share-prompts';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('share-prompts', () => {
  it('removes a share popup and a share bar', () => {
    const r = run(rule, `${paras(VI_PROSE)}<div class="social-share"><span class="label-share">Chia sẻ</span><a class="btn-share fb" title="Chia sẻ Facebook"></a><a class="copylink">Sao chép liên kết</a></div>
      <div class="popup-share" id="popup-share"><div class="popup-inner"><p class="popup-title">Chia sẻ thông tin với bạn bè!</p>
      <div class="popup-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>
      <a class="popup-close">Tắt [X]</a></div></div>`, { lang: 'vi' });
    for (const s of ['Chia sẻ', 'Sao chép liên kết', 'Tắt [X]', 'Facebook']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('keeps prose that mentions sharing', () => {
    const story = 'Share of residents holding a library card rose to 41 percent, Greaves said, and she urged the council to share the renovation plans online.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p>`);
    expect(r.text).toContain(story);
    expect(r.removed).toEqual([]);
  });
});
