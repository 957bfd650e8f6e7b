import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/teaser-sections';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

const card = (href: string, title: string, summary: string, more = 'Mehr erfahren') =>
  `<div class="card"><picture><img src="/${href}.jpg"></picture><h3>${title}</h3><p>${summary}</p><p><a href="/${href}">${more}</a></p></div>`;

describe('teaser-sections', () => {
  it('removes a heading whose section is only teaser cards, in several sites\' styles and languages', () => {
    const cases: [string, string, string[], string][] = [
      // a magazine's cards in the middle of the text: a picture, an unlinked title, a summary, a "more" link each
      [
        'de',
        `${paras(DE_PROSE.slice(0, 2))}\n<h2>Mehr zu Klima und Konsum</h2>\n<div>${card('a', 'Verpackungsmüll und Klimakrise', 'Ölfirmen produzieren weniger Benzin und mehr Plastik; das verschärft das Müllproblem.')}${card('b', 'Klimakiller Kunststoff', 'Ein neuer Report zeigt, wie Kunststoffe den Klimawandel antreiben.')}</div>\n<h2>Einkaufen ohne Verpackung</h2>\n<p>${DE_PROSE[2]}</p>`,
        [...DE_PROSE.slice(0, 2), 'Einkaufen ohne Verpackung', DE_PROSE[2]!],
        'Mehr zu Klima und Konsum',
      ],
      // a blog's closing box: a heading, one sentence about the other stories, a lone link to them
      [
        'de',
        `${paras(DE_PROSE)}\n<section><h2>Entdecke weitere <em>Homestorys</em></h2><p>Wie wohnt die Community? Klicke dich durch die Homestorys.</p><a href="/homestory">Mehr Homestorys</a></section>`,
        DE_PROSE,
        'Entdecke weitere Homestorys',
      ],
      // a linked headline under the label, with its summary (a higher heading level than the label's)
      [
        'de',
        `${paras(DE_PROSE)}\n<div><h3>Noch mehr Infos für dich</h3></div><div><h2><a href="/wellen">Emissionsfreier Strom aus Wellenenergie</a></h2><div><p>Das Minikraftwerk verwandelt Wellenenergie in Strom.</p></div></div>`,
        DE_PROSE,
        'Noch mehr Infos für dich',
      ],
      // an English news site's "more from" strip: linked headlines only
      [
        'en',
        `${paras(PROSE)}\n<h3>More from the Riverside desk</h3>\n<div><h4><a href="/x">Bridge repairs begin on Monday</a></h4></div>\n<div><h4><a href="/y">School board names new chair</a></h4></div>`,
        PROSE,
        'More from the Riverside desk',
      ],
      ['fr', `${paras(FR_PROSE)}\n<h2>Nos autres reportages</h2>\n${card('p', 'La piscine rouvre', 'Après deux ans de travaux, le bassin accueille de nouveau les nageurs.', 'Lire la suite')}${card('q', 'Un marché couvert', 'Le projet de halle avance.', 'Lire la suite')}`, FR_PROSE, 'Nos autres reportages'],
      ['es', `${paras(ES_PROSE)}\n<h3>Te puede interesar</h3>\n<div><a href="/m"><img src="/m.jpg"></a><h4><a href="/m">El mercado abrirá en verano</a></h4></div>`, ES_PROSE, 'Te puede interesar'],
    ];
    for (const [lang, html, kept, heading] of cases) {
      const r = run(rule, html, { lang });
      expect(r.text, html).toBe(kept.join(' '));
      expect(r.removed.join(' ').startsWith(heading), html).toBe(true);
    }
  });

  it('keeps real sections: prose with a few links, a short last section, sources lists, sections before the text', () => {
    const kept: [string, string][] = [
      // a sub-heading over a paragraph that cites with links
      ['en', `${paras(PROSE.slice(0, 2))}\n<h2>What comes next</h2>\n<p>${PROSE[2]} The <a href="/plan">plan</a> and the <a href="/vote">vote</a> are online.</p>`],
      // a section that is one short sentence with a link inside it
      ['de', `${paras(DE_PROSE)}\n<h3>Info</h3>\n<p>Geöffnet ist die Bibliothek ab <a href="/zeiten">Montag</a> wieder.</p>`],
      // sources and further reading are lists
      ['en', `${paras(PROSE)}\n<h2>Further reading</h2>\n<ul><li><a href="/a">Riverside branch history</a></li><li><a href="/b">Elm Avenue plans</a></li></ul>`],
      ['de', `${paras(DE_PROSE)}\n<h3>Quellen</h3>\n<ol><li><a href="/s">Stadtrat, Protokoll vom 4. März</a></li></ol>`],
      // one linked line in the middle of the text, between sections of prose: a pointer, not a strip of cards
      ['en', `<p>${PROSE[0]}</p>\n<h2>The vote</h2>\n<p><a href="/minutes">Read the minutes</a></p>\n<h2>The plan</h2>\n${paras(PROSE.slice(1))}`],
      // a venue's address box: its link goes to a map, not to the site's other pages
      ['en', `${paras(PROSE)}\n<h3>Location</h3>\n<div><div><p>5 Harbour Street<br>Kellerton</p><p><a href="https://maps.example.org/place/5">View on map</a></p></div><p>+1 555-0100</p></div>`],
      // a listing page's section heading before any prose
      ['de', `<h2>Aktuelle Produkttests</h2>\n${card('t1', 'Kindermilch', 'Eltern haben getestet.')}${card('t2', 'Trinkfertig', 'Kinder haben getestet.')}\n${paras(DE_PROSE)}`],
      // a section of the article whose paragraph is long prose beside a link line
      ['en', `${paras(PROSE.slice(0, 1))}\n<h2>The contract</h2>\n${paras(PROSE.slice(1))}\n<p><a href="/contract">The contract (PDF)</a></p>`],
    ];
    for (const [lang, html] of kept) expect(run(rule, html, { lang }).removed, html).toEqual([]);
    const home = `${paras(PROSE)}\n<h2>More news</h2>\n<div><h3><a href="/x">Bridge repairs begin</a></h3></div><div><h3><a href="/y">School board chair</a></h3></div>`;
    expect(run(rule, home, { isArticle: false }).removed).toEqual([]);
  });
});
