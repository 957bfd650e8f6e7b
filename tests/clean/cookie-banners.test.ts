import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/cookie-banners';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/extract';
import { DE_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

/** A blog's widget area beside a short post: the consent notice is the longest block of text on the page. */
const shortPostPage = (lang: string, post: string, banner: string) => `<!doctype html><html lang="${lang}"><head><title>Notizen</title></head><body>
  <div class="site"><header><h1 class="site-title"><a href="/">Notizen</a></h1></header>
  <div class="center-column"><div class="post"><h2 class="post-title">Winter</h2><div class="post-content"><p>${post}</p></div></div></div>
  ${banner}</div></body></html>`;

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

  it('removes the banner a cookie class or id names before Readability too, in several sites\' styles and languages', () => {
    const banners: [string, string, string][] = [
      // A blog host's consent widget: a form with a button, no dialog role.
      ['de', '<div class="widget widget_eu_cookie_law_widget"><div id="eu-cookie-law"><form method="post"><input type="submit" value="Schließen und akzeptieren">Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu. Weitere Informationen findest du hier: <a href="/cookies">Cookie-Richtlinie</a></form></div></div>', 'Diese Website verwendet Cookies'],
      ['fr', '<div class="cookie-notice"><p>Ce site utilise des cookies pour mesurer son audience. En poursuivant la navigation, vous acceptez leur utilisation.</p><button>Accepter</button><a href="/confidentialite">En savoir plus</a></div>', 'Ce site utilise des cookies'],
      ['en', '<div class="CookieConsent" role="dialog" aria-label="Consent"><p>We use cookies to give you the best experience on our site.</p><button>Accept all</button><button>Settings</button></div>', 'We use cookies'],
    ];
    const prose: Record<string, string[]> = { de: DE_PROSE, fr: FR_PROSE, en: PROSE };
    for (const [lang, banner, phrase] of banners) {
      const r = run(rule, `${paras(prose[lang]!)}${banner}`, { lang }, 'pre');
      expect(r.text, phrase).not.toContain(phrase);
      expect(r.text).toContain(prose[lang]![1]);
    }
  });

  it('keeps, before Readability, prose about cookies and a footer link named "Cookie policy"', () => {
    const story = 'The city’s new website uses cookies to remember residents’ library card numbers, a change that privacy advocates questioned at Tuesday’s meeting.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p><ul class="footer-menu"><li><a href="/cookies">Cookie policy</a></li></ul>`, {}, 'pre');
    expect(r.text).toContain(story);
    expect(r.text).toContain('Cookie policy');
  });

  it('so the reader shows a short post, not the consent notice Readability would take for the article', () => {
    const post = 'M: Wer rutscht als Nächstes auf dem Glatteis aus? Ich: Ich wette, dass du als Nächstes ausrutschst … aah. Paff. Aua. M: Gewonnen! Der Winter hat uns wieder, und der Gehweg vor dem Haus ist seit drei Tagen nicht gestreut.';
    const banner = '<div class="widget widget_eu_cookie_law_widget"><div id="eu-cookie-law"><form method="post"><input type="submit" value="Schließen und akzeptieren">Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu. Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: <a href="/cookies">Cookie-Richtlinie</a></form></div></div>';
    const { document } = parseHTML(shortPostPage('de', post, banner));
    const article = extractArticle(document as unknown as Document, 'https://notizen.example/2009/12/winter/', { html: false, attendees: false });
    expect(article.text).toContain('Wer rutscht als Nächstes auf dem Glatteis aus?');
    expect(article.text).not.toContain('Diese Website verwendet Cookies');
  });
});
