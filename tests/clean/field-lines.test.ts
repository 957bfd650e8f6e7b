import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/field-lines';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

const PL_PROSE = [
  'Rada miasta zatwierdziła we wtorek remont biblioteki miejskiej za cztery miliony złotych, kończąc długą debatę o budynku.',
  'Prace mają się rozpocząć w marcu i potrwać około czternastu miesięcy, a księgozbiór trafi w tym czasie do budynku zastępczego.',
];

describe('field-lines', () => {
  it('removes lines that are only metadata fields, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      // a date with a category, above the headline's body (a dive magazine's style)
      ['de', `<div class="meta"><span>24.01.2022 11:38</span> <span>Kategorie: News</span></div>${paras(DE_PROSE)}`, DE_PROSE],
      // date and category fields after the text (a press-release directory's style)
      ['en', `${paras(PROSE)}<p><b>News date :</b> 04/21/2022 <b>Category :</b> Press Releases</p>`, PROSE],
      // a source line under the text, and between two parts of it
      ['de', `${paras(DE_PROSE)}<p><em>Quelle: Landesregierung Hessen</em></p>`, DE_PROSE],
      ['pl', `${paras(PL_PROSE)}<div class="source">Źródło: ISBnews</div>`, PL_PROSE],
      ['de', `<p>${DE_PROSE[0]}</p>\n<p class="credit">Bild: Jahr Media</p>\n<p>${DE_PROSE[1]}</p>\n<p>${DE_PROSE[2]}</p>`, DE_PROSE],
      ['fr', `${paras(FR_PROSE)}<p>Crédits photos : Bestimage</p>`, FR_PROSE],
      ['es', `<p>Fuente: Agencia EFE</p>${paras(ES_PROSE)}`, ES_PROSE],
      // a label whose value the cleaning took (a date, an author link)
      ['de', `<div><strong>Veröffentlichung:</strong></div>${paras(DE_PROSE)}`, DE_PROSE],
      ['de', `<p class="meta">Veröffentlichung: <time datetime="2022-02-02">2. Februar 2022</time></p>${paras(DE_PROSE)}`, DE_PROSE],
      ['de', `<div class="info">24.01.2022 11:38<br>Kategorie: <a href="/news">News</a></div>${paras(DE_PROSE)}`, DE_PROSE],
      ['pl', `<p>opublikowano:</p>${paras(PL_PROSE)}`, PL_PROSE],
      ['en', `${paras(PROSE)}<p>Release Date:</p>`, PROSE],
      ['de', `${paras(DE_PROSE)}<p>Von:</p>`, DE_PROSE],
      ['en', `${paras(PROSE)}<div><span>Posted in:</span> <a href="/c/city">City Hall</a> | <span>Source:</span> Staff reports</div>`, PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps sentences, captions, an event\'s details, fact boxes and sources that head a list', () => {
    const kept: [string, string][] = [
      // a label inside a sentence
      ['en', `${paras(PROSE)}<p>Source: the council said the vote was final. It will meet again in May.</p>`],
      ['de', `<p>${DE_PROSE[0]} <span>Quelle: Landesregierung</span> sagte das Ministerium.</p>${paras(DE_PROSE.slice(1))}`],
      // a caption whose credit closes its sentence
      ['fr', `${paras(FR_PROSE)}<p>Roman Prymula, photo: Archives du Gouvernement tchèque</p>`],
      // an event's date and place are the article's content: no field word
      ['de', `${paras(DE_PROSE)}<p>Termin: 29.02.2020, 19 Uhr</p><p>Ort: Stadthalle</p>`],
      // a fact box is a list; a sources heading with the sources under it
      ['de', `${paras(DE_PROSE)}<ul><li>Quelle: Statistisches Bundesamt</li><li>Kategorie: Bau</li></ul>`],
      ['de', `${paras(DE_PROSE)}<p>Quelle:</p><p>Statistisches Bundesamt, Bautätigkeit 2021</p>`],
      // a value that is a sentence, and a long value
      ['en', `${paras(PROSE)}<p>Category: the renovation of the Riverside branch library that the council discussed for two years</p>`],
    ];
    for (const [lang, html] of kept) expect(run(rule, html, { lang }).removed, html).toEqual([]);
  });
});
