import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/newsletter-boxes';
import { PROSE, paras, run } from './helpers';

describe('newsletter-boxes', () => {
  it('removes an inline newsletter box (form fields already gone after Readability)', () => {
    const r = run(rule, `${paras(PROSE.slice(0, 2))}<div class="newsletter-inline wp-block-newspack-newsletters-subscribe">
      <h3>Get the Morning Briefing</h3><p>Kellerton news in your inbox every weekday at 6 a.m. It’s free.</p>
      <p>By signing up, you agree to our Terms of Service and Privacy Policy.</p></div>${paras(PROSE.slice(2))}`);
    for (const s of ['Morning Briefing', 'Terms of Service']) expect(r.text).not.toContain(s);
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('removes a sign-up form box without classes', () => {
    const r = run(rule, `${paras(PROSE)}<div><h2>Stay informed</h2><p>Sign up for our newsletter to receive stories from the field.</p><form><input type="email"><button>Subscribe</button></form></div>`);
    expect(r.text).not.toContain('Sign up for our newsletter');
  });

  it('keeps prose about a newsletter', () => {
    const story = 'The library’s monthly newsletter, which Friends of the Library members sign up for at the front desk, will carry construction updates.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p>`);
    expect(r.text).toContain(story);
  });
});

describe('newsletter-boxes: without sign-up words', () => {
  it('removes a short newsletter-classed box after Readability dropped its form', () => {
    const r = run(rule, `${paras(PROSE.slice(0, 2))}<div class="newsletter-box"><h3>The Longshore Weekly</h3><p>One long read, one photo essay and one recommendation, every Saturday morning.</p></div>${paras(PROSE.slice(2))}`);
    expect(r.text).not.toContain('Longshore Weekly');
    expect(r.text).toContain(PROSE[2]);
  });

  it('removes an e-mail form box before Readability, but not a comment form', () => {
    const signup = run(rule, `${paras(PROSE)}<div class="promo"><h3>The Weekly</h3><form><input type="email"><button>Go</button></form></div>`, {}, 'pre');
    expect(signup.text).not.toContain('The Weekly');
    const comment = run(rule, `${paras(PROSE)}<div><h3>Reply</h3><form><input type="email"><textarea></textarea></form></div>`, {}, 'pre');
    expect(comment.removed).toEqual([]);
  });
});
