import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/cookie-banners';
import { PROSE, paras, run } from './helpers';

describe('cookie-banners', () => {
  it('removes a consent banner with buttons', () => {
    const r = run(rule, `<div id="cookie-consent" class="cc-banner" role="dialog"><div class="cc-message">We use cookies and similar technologies to personalize content and measure ads. <a href="/privacy">Privacy policy</a></div>
      <div class="cc-buttons"><button>Accept all</button><button>Manage preferences</button></div></div>${paras(PROSE)}`);
    for (const s of ['We use cookies', 'Accept all', 'Manage preferences']) expect(r.text).not.toContain(s);
    expect(r.text).toContain(PROSE[1]);
  });

  it('keeps prose about cookies and a footer link named "Cookie policy"', () => {
    const story = 'The city’s new website uses cookies to remember residents’ library card numbers, a change that privacy advocates questioned at Tuesday’s meeting.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p><ul class="footer-menu"><li><a href="/cookies">Cookie policy</a></li></ul>`);
    expect(r.text).toContain(story);
    expect(r.text).toContain('Cookie policy');
  });
});
