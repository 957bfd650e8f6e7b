import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/author-bios';
import { PROSE, paras, run } from './helpers';

describe('author-bios', () => {
  it('removes a bio box after the article', () => {
    const r = run(rule, `${paras(PROSE)}<div class="author-bio"><div class="author-bio-text"><h2><span>Marcus Feld</span></h2>
      <p>Marcus Feld covers city government and development for the Ledger. Reach him at mfeld@kellertonledger.com.</p><a href="/author/mfeld">More by Marcus Feld</a></div></div>`, { byline: 'Marcus Feld' });
    expect(r.text).not.toContain('Reach him at');
    expect(r.text).toContain(PROSE[2]);
  });

  it('removes an "About the author" box', () => {
    const r = run(rule, `${paras(PROSE)}<section><h3>About the author</h3><p>Jane Roe is a freelance writer based in Ohio.</p></section>`);
    expect(r.text).not.toContain('freelance writer');
  });

  it('keeps an author-classed byline line at the top and prose quoting the author', () => {
    const r = run(rule, `<p class="author">By Marcus Feld</p>${paras(PROSE)}`, { byline: 'Marcus Feld' });
    expect(r.text).toContain('By Marcus Feld');
    expect(r.removed).toEqual([]);
  });
});

describe('author-bios: closing bio lines', () => {
  it('removes a closing line that opens with the author and a bio verb', () => {
    const r = run(rule, `${paras(PROSE)}<p>Helen Marchetti is a Local Democracy Reporter funded by the BBC and the newspaper industry. <a href="/ldrs">Find out more about the scheme</a>.</p>`, { byline: 'Helen Marchetti' });
    expect(r.text).not.toContain('Local Democracy Reporter');
    expect(r.text).toContain(PROSE[2]);
  });

  it('removes publisher boilerplate that opens with the site name', () => {
    const r = run(rule, `${paras(PROSE)}<p>Acme Health is a global solutions provider focused on healthcare ICT and mobile workflow solutions, with offices in 18 countries.</p>`, { siteName: 'Acme Health' });
    expect(r.text).not.toContain('global solutions provider');
  });

  it('removes publisher boilerplate that opens with the name in the page address, over several paragraphs', () => {
    const r = run(
      rule,
      `${paras(PROSE)}<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.</p><p>Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.</p>`,
      { url: 'https://www.ascom.com/news-and-events/ascom-announces-a-partnership.html' },
    );
    expect(r.text).not.toContain('global solutions provider');
    expect(r.text).not.toContain('headquartered');
    expect(r.text).toContain(PROSE[2]);
    // The same lines on another site's page are about someone else: they stay.
    expect(run(rule, `${paras(PROSE)}<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.</p>`, { url: 'https://news.example/ascom-deal' }).removed).toEqual([]);
  });

  it('keeps a closing paragraph that quotes the author or names someone else', () => {
    const r = run(rule, `${paras(PROSE)}<p>Jane Roe is a freelance writer who spoke at the hearing, and she urged the council to reconsider the decision.</p>`, { byline: 'Helen Marchetti', siteName: 'Acme' });
    expect(r.removed).toEqual([]);
  });
});
