import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/trailing-labels';
import { paras, PROSE, run } from './helpers';

const DE = [
  'Der Landkreis stellt in diesem Jahr zwölf neue Busse für die Schülerbeförderung in Dienst, die meisten davon mit Elektroantrieb.',
  'Nach Angaben des Verkehrsverbunds sollen die alten Dieselbusse bis zum Ende des kommenden Jahres vollständig ersetzt sein.',
];
const FR = [
  'La médiathèque rouvrira ses portes le 3 mars après huit mois de travaux de mise aux normes et de rénovation de la salle de lecture.',
  'Les horaires d’ouverture seront élargis le samedi, et un espace consacré aux jeux vidéo accueillera les adolescents le mercredi.',
];

describe('trailing-labels', () => {
  it('removes a German related heading left alone at the end and a lone back link (a press page, a magazine)', () => {
    const r = run(rule, `<div class="text">${paras(DE)}</div><hr><h2>Mehr zum Thema</h2>`, { lang: 'de' });
    expect(r.text).not.toContain('Mehr zum Thema');
    for (const p of DE) expect(r.text).toContain(p);
    const back = run(rule, `${paras(DE)}<p><a href="/presse">zurück zur Übersicht</a></p>`, { lang: 'de' });
    expect(back.text).not.toContain('zurück');
  });

  it('walks back over several leftovers: a label with a colon, a heading, an English "Comments" (a blog)', () => {
    const r = run(rule, `${paras(PROSE)}<h3>You may also like</h3><div><p>Comments:</p></div><h4>Leave a reply</h4>`);
    for (const s of ['You may also like', 'Comments', 'Leave a reply']) expect(r.text).not.toContain(s);
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('takes a heading set in bold left at the end after a box\'s link, not a bold line after the text', () => {
    // A shop's "we recommend today" over recipe cards that are gone, after a card's link that went before it.
    const shop = run(rule, `${paras(DE)}<div><p><a href="/rezept/risotto">JETZT ZUBEREITEN</a></p></div><div><p><strong>Heute empfehlen wir</strong></p></div>`, { lang: 'de' });
    expect(shop.removed).toEqual(['Heute empfehlen wir', 'JETZT ZUBEREITEN']);
    const en = run(rule, `${paras(PROSE)}<p><a href="/guides/winter-tyres">Read the guide</a></p><p><b>Our picks this week</b></p>`);
    expect(en.text).not.toContain('Our picks');
    // After the text a bold line is the author's sign-off or the text's own last word, even after a short closing line.
    for (const line of ['<p><strong>Anna Berger</strong></p>', '<p><b>Guten Appetit!</b></p>', '<p>Die Bücher ziehen im Mai um.</p><p><strong>Anna Berger</strong></p>']) {
      expect(run(rule, `${paras(DE)}${line}`, { lang: 'de' }).removed, line).toEqual([]);
    }
    const vi = `<p>Hợp tác xã dự kiến mở rộng diện tích lúa chất lượng cao lên 80 ha trong vụ Hè Thu tới.</p><p><strong>Thu Hà</strong></p>`;
    expect(run(rule, `<p>${PROSE[0]}</p>${vi}`, { lang: 'vi' }).removed).toEqual([]);
  });

  it('stops at the first block that is text: a closing line of prose, and everything above it, stays', () => {
    const closing = 'Pour tout renseignement : 04 75 12 34 56.';
    const r = run(rule, `${paras(FR)}<h2>Infos pratiques</h2><p>${closing}</p>`, { lang: 'fr' });
    expect(r.text).toContain('Infos pratiques');
    expect(r.text).toContain(closing);
    expect(r.removed).toEqual([]);
  });

  it('keeps a closing list of source links and headings inside the body', () => {
    const r = run(rule, `<h2>Contexte</h2>${paras(FR)}<h2>Sources</h2><ul><li><a href="/a">Rapport de la Cour des comptes</a></li><li><a href="/b">Délibération du conseil</a></li></ul>`, { lang: 'fr' });
    for (const s of ['Contexte', 'Sources', 'Rapport de la Cour des comptes', 'Délibération du conseil']) expect(r.text).toContain(s);
  });

  it('never takes a picture or a page with no prose', () => {
    const pic = run(rule, `${paras(PROSE)}<p><a href="/g"><img src="/map.png" alt="">Map</a></p>`);
    expect(pic.root.querySelector('img')).not.toBeNull();
    const short = run(rule, '<h2>Opening hours</h2><p><a href="/h">See all branches</a></p>');
    expect(short.text).toContain('See all branches');
  });

  it('removes a news agency\'s shorthand signature closing the text (initials and agencies), in several styles', () => {
    const PL = ['Parlament Europejski zatwierdził we wtorek umowę handlową i o współpracy między Unią Europejską a Wielką Brytanią, kończąc długi spór.', 'Za przyjęciem umowy głosowało 660 europosłów, przeciw było pięciu, a 32 wstrzymało się od głosu; umowa wejdzie w życie w maju.'];
    const cases: [string, string, string[]][] = [
      ['pl', `${paras(PL)}<p>aja/PAP</p>`, PL],
      ['de', `${paras(DE)}<p><em>dpa/lno</em></p>`, DE],
      ['de', `${paras(DE)}<div>(jol/dpa/AFP)</div>`, DE],
      ['en', `${paras(PROSE)}<p>mb/Reuters</p>`, PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps a closing line with a slash that is text: a date, a ratio, words', () => {
    for (const line of ['24/7', '12/2021', 'Teil 2/3', 'Ein Kommentar von Anna Weber / Redaktion Stadt']) {
      expect(run(rule, `${paras(DE)}<p>${line}</p>`, { lang: 'de' }).text, line).toContain(line);
    }
  });
});
