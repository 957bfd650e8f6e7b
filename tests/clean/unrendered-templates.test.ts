import { describe, expect, it } from 'vitest';
import { placeholderShare, rule } from '../../src/core/clean/rules/unrendered-templates';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('unrendered-templates', () => {
  it('removes a {name}/{body} comment template together with its comment box', () => {
    const r = run(rule, `<div class="detail-content">${paras(VI_PROSE)}</div>
      <div class="box-comment" id="box-comment">
        <div class="list-comment"><div class="comment-item" data-id="{id}">
          <div class="comment-info">{name} - {time}</div>
          <div class="comment-action"><a href="#" class="btn-reply">Trả lời</a></div>
          <div class="comment-body">{body}</div></div></div>
        <div class="comment-total"><span>0</span> bình luận</div>
        <p class="comment-note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu</p>
      </div>`, { lang: 'vi' }, 'pre');
    for (const s of ['{name}', '{body}', 'Trả lời', '0 bình luận', 'Ý kiến của bạn']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes handlebars, ${} and ERB placeholders', () => {
    const r = run(rule, `${paras(PROSE)}
      <ol class="comment-list"><li class="comment"><footer><b>{{author}}</b> says: <time>{{date}}</time></footer><p>{{ comment.body }}</p><a>Reply</a></li></ol>
      <div class="card"><span>\${date}</span> <span><%= user %></span></div>`);
    for (const s of ['{{author}}', 'says:', '{{ comment.body }}', '${date}', '<%= user %>', 'Reply']) expect(r.text).not.toContain(s);
    expect(r.text).toContain(PROSE[2]);
  });

  it('keeps prose that merely contains one brace expression, and code', () => {
    const prose = 'In the template language, writing {name} inserts the reader’s name into the greeting, which the council’s web team said confused some residents last spring.';
    const r = run(rule, `${paras(PROSE)}<p>${prose}</p><pre><code>function greet() { return \`\${name}\`; } // {body}</code></pre><p><code>{{ user.name }}</code></p>`);
    expect(r.text).toContain(prose);
    expect(r.text).toContain('{body}');
    expect(r.text).toContain('{{ user.name }}');
    expect(r.removed).toEqual([]);
  });

  it('measures placeholder share', () => {
    expect(placeholderShare('{name} - {time}')).toBeGreaterThan(0.8);
    expect(placeholderShare('Hello {name}, welcome to the library opening on Tuesday')).toBeLessThan(0.3);
  });
});
