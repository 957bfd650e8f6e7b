import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/embed-consent';
import { DE_PROSE, FR_PROSE, PROSE, run } from './helpers';

const around = (middle: string, prose: string[]) => `<p>${prose[0]}</p>\n<p>${prose[1]}</p>\n${middle}\n<p>${prose[2]}</p>`;

describe('embed-consent', () => {
  it('removes the placeholder of a blocked embed inside the text, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['de', '<div><p><strong>Der Tweet der Generalsekretärin, in dem sie die Kampagne vorstellt und zur Teilnahme aufruft:</strong></p><div class="embed"><h2>Twitter freischalten</h2><div><p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.</p><p><a href="/settings">Datenschutzeinstellungen verwalten</a></p></div></div></div>', DE_PROSE],
      ['de', '<div><p><strong>Empfohlener redaktioneller Inhalt</strong></p><p>An dieser Stelle finden Sie einen externen Inhalt von YouTube. Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</p><button>Externen Inhalt laden</button></div>', DE_PROSE],
      ['en', '<div class="consent-placeholder"><p>This content is blocked. By loading the content you accept the privacy policy of Instagram.</p><button>Load content</button></div>', PROSE],
      ['fr', '<div><p>Afin d’afficher ce contenu YouTube, vous devez accepter les cookies de mesure d’audience.</p><a href="#">Paramétrer les cookies</a></div>', FR_PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, around(html, prose), { lang });
      expect(r.removed.length, html).toBe(1);
      // The line introducing the embed is the article's.
      const intro = html.includes('Der Tweet') ? 'Der Tweet der Generalsekretärin, in dem sie die Kampagne vorstellt und zur Teilnahme aufruft: ' : '';
      expect(r.text, html).toBe(`${prose[0]} ${prose[1]} ${intro}${prose[2]}`);
    }
  });

  it('keeps reporting about consent and external content, and a body that is nothing but the placeholder', () => {
    const kept = [
      around('<p>The regulator said the site had shown external content without asking, and that this content is blocked in the EU from June under the new rules, a change publishers have lobbied against for two years.</p>', PROSE),
      around('<p>Der Datenschutzbeauftragte kritisierte, dass externe Inhalte angezeigt werden, bevor die Nutzer zugestimmt haben; die Stadt prüft nun, wie sie die Einbindung ändern kann, und will im Herbst berichten.</p>', DE_PROSE),
      '<div><p>This content is blocked. By loading the content you accept the privacy policy of Instagram.</p></div>',
    ];
    for (const html of kept) expect(run(rule, html, { lang: html.includes('Datenschutz') ? 'de' : 'en' }).removed, html).toEqual([]);
  });
});
