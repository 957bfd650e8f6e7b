import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/furniture-labels';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

const TEASER_DE = 'Ein Podcast über Krieg und was noch dazu gehört: Religion, Sprache, Geheimdienste und Recht.';

describe('furniture-labels', () => {
  it('removes a furniture label standing alone inside the body, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      // a magazine's "newest articles" heading over a teaser Readability kept before the rest of the text
      ['de', `<p>${DE_PROSE[0]}</p>\n<h3>Neueste Artikel</h3>\n<p>${TEASER_DE}</p>\n<p>${DE_PROSE[1]}</p>\n<p>${DE_PROSE[2]}</p>`, [DE_PROSE[0], TEASER_DE, DE_PROSE[1], DE_PROSE[2]]],
      // a blog's preview box of the next post, its label a div
      ['de', `${paras(DE_PROSE)}\n<div class="box"><div><strong>Vorschau auf den nächsten Artikel</strong></div><p>Am Donnerstag geht es um einen Krimi.</p></div>`, [...DE_PROSE, 'Am Donnerstag geht es um einen Krimi.']],
      // an author box's heading, with a colon
      ['de', `${paras(DE_PROSE)}\n<h4>Über den Autor:</h4>\n<p>Jossi Loibl schreibt seit 25 Jahren über Wein.</p>`, [...DE_PROSE, 'Jossi Loibl schreibt seit 25 Jahren über Wein.']],
      // a wire service's label between paragraphs
      ['en', `<p>${PROSE[0]}</p>\n<p><b>Related Coverage</b></p>\n<p>${PROSE[1]}</p>\n<p>${PROSE[2]}</p>`, PROSE],
      ['fr', `<p>${FR_PROSE[0]}</p>\n<div class="label">À lire aussi</div>\n<p>${FR_PROSE[1]}</p>\n<p>${FR_PROSE[2]}</p>`, FR_PROSE],
      ['es', `${paras(ES_PROSE)}\n<h2>Noticias relacionadas</h2>\n<p>El mercado abrirá en verano.</p>`, [...ES_PROSE, 'El mercado abrirá en verano.']],
    ];
    for (const [lang, html, kept] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(kept.join(' '));
    }
  });

  it('keeps one-word section headings, headings over a list, labels inside sentences, lists and tables', () => {
    const kept: [string, string][] = [
      ['de', `<p>${DE_PROSE[0]}</p>\n<h2>Diskussion</h2>\n<p>${DE_PROSE[1]}</p>`],
      ['en', `${paras(PROSE)}\n<h2>See also</h2>\n<ul><li><a href="/a">Riverside branch</a></li><li><a href="/b">Elm Avenue</a></li></ul>`],
      ['en', `${paras(PROSE)}\n<h3>Further reading</h3>\n<ol><li>Hollis, A history of the library (1998)</li></ol>`],
      ['en', `${paras(PROSE)}\n<h2>Further reading</h2>\n<div class="refbegin"><ul><li>Hollis, A history of the library (1998)</li></ul></div>`],
      ['en', `${paras(PROSE)}\n<p>Related coverage of the vote appeared in three papers.</p>`],
      ['de', `${paras(DE_PROSE)}\n<p>Die Bibliothek bietet <strong>weitere Informationen</strong> auf ihrer Website.</p>`],
      ['de', `${paras(DE_PROSE)}\n<table><tr><td>Weitere Informationen</td><td>Stadtbibliothek</td></tr></table>`],
    ];
    for (const [lang, html] of kept) expect(run(rule, html, { lang }).removed, html).toEqual([]);
    const home = `<h2>Top stories</h2>\n${paras(PROSE.slice(0, 2))}\n<h2>More news</h2>\n${paras(PROSE.slice(2))}`;
    expect(run(rule, home, { isArticle: false }).removed).toEqual([]);
    expect(run(rule, home).removed).toEqual(['More news']);
  });
});
