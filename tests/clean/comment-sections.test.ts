import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/comment-sections';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('comment-sections', () => {
  it('removes a labelled comment box with reader comments and a form, even inside the article container', () => {
    const r = run(rule, `<article class="fck_detail">${paras(VI_PROSE)}</article>
      <div class="box-comment width_common">
        <div class="ss-title">Ý kiến <span class="count">(3)</span></div>
        <div class="input-comment"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi</button></div>
        <div class="comment_item"><p class="full_content"><b>Trần Văn Thắng</b>Năm nào về quê ở Bảo Ninh cũng thấy biển lấn vào thêm mấy mét, mong tỉnh sớm làm kè kiên cố để bà con yên tâm sinh sống lâu dài.</p>
        <a class="link_thich">Thích</a> <a class="link_reply">Trả lời</a></div>
      </div>`, { lang: 'vi' });
    for (const s of ['Ý kiến', 'Trần Văn Thắng', 'Năm nào về quê', 'Thích', 'Trả lời']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes "Comments (0)" / "Leave a reply" sections on a whole page', () => {
    const r = run(rule, `<div class="entry-content">${paras(PROSE)}</div>
      <section id="comments" class="comments-area"><h2 class="comments-title">Comments (0)</h2>
      <p class="comment-policy">Comments are moderated and may take up to 24 hours to appear.</p>
      <div id="respond"><h3>Leave a reply</h3><form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></section>`);
    expect(r.text).not.toContain('Comments (0)');
    expect(r.text).not.toContain('Leave a reply');
    expect(r.text).toContain(PROSE[0]);
  });

  it('keeps an article whose container has a comment class, and a "Comments" subheading over prose', () => {
    const later = 'Residents who spoke during the public comment period were split, though most asked the council to keep the branch open on weekends.';
    const r = run(rule, `<div class="comment-piece opinion">${paras(PROSE)}<h3>Comments</h3><p>${later}</p></div>`);
    expect(r.text).toContain(PROSE[0]);
    expect(r.text).toContain(later);
    expect(r.removed).toEqual([]);
  });
});
