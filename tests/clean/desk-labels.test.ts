import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/desk-labels';
import { PROSE, paras, run, VI_PROSE } from './helpers';

const DE = [
  'Der Stadtrat hat am Dienstag die Sanierung der Stadtbibliothek für 4,2 Millionen Euro beschlossen und damit eine lange Debatte beendet.',
  'Mit vier zu eins Stimmen ging der Auftrag an eine Baufirma aus der Region, nachdem in einer Anhörung zahlreiche Bürger gesprochen hatten.',
];
const FR = [
  'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans pour des raisons de sécurité et de coût.',
  'Les travaux, estimés à trois millions d’euros, devraient commencer au printemps et durer dix-huit mois selon la mairie.',
];
const ES = [
  'El ayuntamiento aprobó el martes un plan para renovar el mercado central, cerrado desde el incendio del año pasado en la plaza.',
  'Las obras costarán unos dos millones de euros y comenzarán en septiembre, según informó la alcaldesa en una rueda de prensa.',
];

describe('desk-labels', () => {
  it('removes a desk credited before the body or after it, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', `<p class="credit">By Metro Desk</p>${paras(PROSE)}`, PROSE],
      ['en', `<div class="byline"><span>Reuters staff</span></div>${paras(PROSE)}`, PROSE],
      ['en', `${paras(PROSE)}<p><em>— Staff reports</em></p>`, PROSE],
      ['en', `<div class="credit-line">Tribune News Service</div>${paras(PROSE)}`, PROSE],
      ['de', `<span class="autor">Von Redaktion Lokales</span>${paras(DE)}`, DE],
      ['de', `${paras(DE)}<p><strong>Online-Redaktion</strong></p>`, DE],
      ['fr', `<div class="signature">Par La Rédaction</div>${paras(FR)}`, FR],
      ['es', `<p class="autor">Redacción / Agencias</p>${paras(ES)}`, ES],
      ['vi', `${paras(VI_PROSE)}<p style="text-align:right"><strong>Phòng Thời sự</strong></p>`, VI_PROSE],
      ['vi', `${paras(VI_PROSE)}<p align="right"><b>Nhóm PV</b></p>`, VI_PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps sentences, headings, names and desks named inside the body', () => {
    const kept = [
      `<p>Staff members voted on Tuesday.</p>${paras(PROSE)}`,
      `<h3>Our staff</h3>${paras(PROSE)}`,
      `<p>By Jane Rivers</p>${paras(PROSE)}`,
      `<p>Metro desk</p>${paras(PROSE)}`.replace('Metro desk', 'metro desk reporters said'),
      `<p>${PROSE[0]}</p><p>Metro Desk</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`,
      `${paras(PROSE)}<p>Newsroom phone: 555 0142</p>`,
    ];
    for (const html of kept) expect(run(rule, html).removed, html).toEqual([]);
    expect(run(rule, `${paras(PROSE)}<p>Editorial staff</p><ul><li>Jane Rivers</li><li>Tom Okafor</li></ul>`, { isArticle: false }).removed).toEqual([]);
    expect(run(rule, `${paras(PROSE)}<p>Editorial staff</p><ul><li>Jane Rivers</li><li>Tom Okafor</li></ul>`).removed.length).toBe(1);
  });
});
