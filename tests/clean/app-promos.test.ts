import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/app-promos';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, VI_PROSE, around, run } from './helpers';



describe('app-promos', () => {
  it('removes app-download promos in the middle of the body, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', '<p><strong>Download the Kellerton Tribune app for breaking news alerts. Get it from the <a href="https://apps.example/tribune">App Store</a> or <a href="https://play.example/tribune">Google Play</a>.</strong></p>', PROSE],
      ['en', '<div class="app-banner"><span>Get the app:</span> <a href="/ios">iOS</a> | <a href="/android">Android</a></div>', PROSE],
      ['en', '<aside class="promo"><p>Try our free app: the day\'s top stories in one place.</p></aside>', PROSE],
      ['en', '<p><em>For the latest news, download our app.</em></p>', PROSE],
      ['de', '<div class="app-hinweis"><b>Alle News in unserer App:</b> Jetzt kostenlos herunterladen.</div>', DE_PROSE],
      ['de', '<p><em>Laden Sie unsere App herunter und lesen Sie alle Nachrichten aus der Region.</em></p>', DE_PROSE],
      ['fr', '<p class="encart">Retrouvez toute l’actualité locale sur <a href="/application">notre application</a>.</p>', FR_PROSE],
      ['es', '<p><b>Descarga la app de El Diario</b> y recibe las noticias en tu móvil.</p>', ES_PROSE],
      ['vi', '<div class="box-app">Tải ứng dụng Báo Kellerton để đọc tin nhanh hơn</div>', VI_PROSE],
    ];
    for (const [lang, promo, prose] of cases) {
      const r = run(rule, around(promo, prose), { lang });
      expect(r.removed.length, promo).toBe(1);
      expect(r.text, promo).toBe(prose.join(' '));
    }
  });

  it('keeps reporting about apps, quotes and a how-to\'s steps', () => {
    const kept = [
      '<p>Apple removed the app from the App Store on Monday after complaints from parents.</p>',
      '<p>“Download the app and report every pothole,” the mayor told residents.</p>',
      '<ol><li>Download the app from Google Play.</li><li>Open it and sign in.</li></ol>',
      '<p>Get Out is streaming on HBO and available to rent on <a href="/s/1">iTunes</a> and <a href="/s/2">Google Play</a>.</p>',
      '<p>Officials said that, starting Monday, residents can download the app to pay for parking.</p>',
      '<p>Residents can download the app to report broken street lights, the city said in a statement on Tuesday.</p>',
    ];
    for (const html of kept) expect(run(rule, around(html)).removed, html).toEqual([]);
  });
});
