import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/author-bios';
import { DE_PROSE as DE, ES_PROSE as ES, FR_PROSE as FR, PROSE, paras, run } from './helpers';

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

describe('author-bios: a closing bio opening with the author\'s full name, whatever its verb', () => {
  it('removes it in several sites\' styles and languages', () => {
    const cases: [string, string, string, string][] = [
      ['en', 'Alice Wu', `${paras(PROSE)}\n<div><p>Alice Wu</p><p>Alice Wu fell for local politics at twelve, running a classmate's campaign. She has written for the paper since 2008.</p></div>`, `${PROSE.join(' ')} Alice Wu`],
      ['de', 'Inga Buller', `${paras(DE)}<p>Inga Buller leitet das Social-Media-Team der Redaktion. Wenn sie nicht gerade schreibt, testet sie Küchengeräte.</p>`, DE.join(' ')],
      ['fr', 'Marie Dubois', `${paras(FR)}<p>Marie Dubois suit la politique municipale depuis 2012 et anime le podcast du journal.</p>`, FR.join(' ')],
      ['es', 'Lucía Pérez Gil', `${paras(ES)}<p>Lucía Pérez Gil cubre urbanismo y vivienda para la sección local desde 2015.</p>`, ES.join(' ')],
    ];
    for (const [lang, byline, html, expected] of cases) {
      const r = run(rule, html, { lang, byline });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(expected);
    }
  });

  it('keeps the name inside a sentence, after a comma, a one-word byline, and someone else\'s name', () => {
    const kept: [string, string][] = [
      [`${paras(PROSE)}<p>Reporting by Alice Wu; additional reporting by the city desk, which checked the council's figures.</p>`, 'Alice Wu'],
      [`${paras(PROSE)}<p>Alice Wu, the council's spokeswoman until last year, said the vote was the closest in a decade.</p>`, 'Alice Wu'],
      [`${paras(PROSE)}<p>Paddy fell for photography at twelve and has shot weddings in Hamburg ever since then.</p>`, 'Paddy'],
      [`${paras(PROSE)}<p>Tom Okafor fell silent when the result was read, then left the chamber without a word to reporters.</p>`, 'Alice Wu'],
    ];
    for (const [html, byline] of kept) expect(run(rule, html, { byline }).removed, html).toEqual([]);
  });
});

describe('author-bios: a contributor\'s bio inside the body', () => {
  const mid = (bio: string, prose: string[]) => `<p>${prose[0]}</p>\n<p>${prose[1]}</p>\n${bio}\n<p>${prose[2]}</p>\n<p><strong>Editor’s note:</strong> this column first ran in print.</p>`;

  it('removes it above the text or set in italics between paragraphs, in several sites\' styles and languages', () => {
    const cases: [string, string, string, string][] = [
      ['en', 'Jane Rivers', `<p><em>Jane Rivers is a professor of history at Kellerton College and the author of two books on the city.</em></p>\n${paras(PROSE)}`, PROSE.join(' ')],
      ['en', 'Tom Okafor', mid('<div class="contributor"><i>Tom Okafor is a freelance writer based in Ohio. He writes about housing.</i></div>', PROSE), `${PROSE.join(' ')} Editor’s note: this column first ran in print.`],
      ['de', 'Anna Weber', mid('<p><small>Anna Weber ist Redakteurin im Lokalressort und schreibt über Stadtpolitik.</small></p>', DE), `${DE.join(' ')} Editor’s note: this column first ran in print.`],
      ['fr', 'Claire Martin', `<p><em>Claire Martin est chercheuse en urbanisme à l’université de Lyon.</em></p>\n${paras(FR)}`, FR.join(' ')],
      ['es', 'Lucía Pérez', mid('<p><em>Lucía Pérez es periodista y escribe sobre urbanismo desde 2010.</em></p>', ES), `${ES.join(' ')} Editor’s note: this column first ran in print.`],
    ];
    for (const [lang, byline, html, expected] of cases) {
      const r = run(rule, html, { lang, byline });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(expected);
    }
  });

  it('keeps the author named in the text, and the publisher described in its own release', () => {
    const kept: [string, Partial<{ byline: string; siteName: string }>][] = [
      [mid('<p>Jane Rivers is a regular at the library, she admits, and has borrowed more than 300 books from it since 2010.</p>', PROSE), { byline: 'Jane Rivers' }],
      [mid('<p><em>Acme Health is a global provider of healthcare software.</em></p>', PROSE), { siteName: 'Acme Health' }],
    ];
    for (const [html, over] of kept) expect(run(rule, html, over).removed, html).toEqual([]);
  });
});
