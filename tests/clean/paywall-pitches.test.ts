import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/paywall-pitches';
import { DE_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

describe('paywall-pitches', () => {
  it('removes the notice where the text is cut and the offer after it, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', `${paras(PROSE)}\n<div class="paywall"><p>To view the full story, please subscribe to the Kellerton Ledger. You can choose an annual subscription or a weekly pass.</p><p>When you join, you get unlimited digital access to local journalism you will not find anywhere else, from council meetings to high-school sports and the courts.</p><p>— Instant access to every story — The daily newsletter — Our archive since 1998</p><p>First-time subscribers also receive a tote bag!</p></div>`, PROSE],
      ['de', `${paras(DE_PROSE)}\n<p><strong>Um weiterzulesen, schließen Sie ein Abo ab.</strong></p>\n<p>Jetzt 4 Wochen für 0,99 € testen, danach monatlich kündbar.</p>`, DE_PROSE],
      ['fr', `${paras(FR_PROSE)}\n<section><h3>Cet article est réservé aux abonnés</h3><p>Accédez à tous nos contenus dès 1 € le premier mois.</p><p>Déjà abonné ? Se connecter</p></section>`, FR_PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBeGreaterThan(0);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps the text after a notice that is not the cut, a long tail, and a page of nothing but the offer', () => {
    const longTail = Array.from({ length: 5 }, () => `<p>${PROSE[0]} ${PROSE[1]}</p>`).join('');
    const kept = [
      // a notice high up in a long article: the text goes on
      `<p>${PROSE[0]}</p><p>Already a subscriber? Log in to comment.</p>${Array.from({ length: 8 }, (_, i) => `<p>${PROSE[i % 3]}</p>`).join('')}`,
      // near the end, but followed by more text than an offer holds
      `${paras(PROSE)}<p>To continue reading, scroll down.</p>${longTail}`,
      // reporting about paywalls
      `${paras(PROSE)}<p>The paper said fewer readers now pay to read the full story online than a year ago.</p>`,
      // nothing but the offer
      '<p>To view the full story, please subscribe.</p><p>Choose an annual subscription or a weekly pass.</p>',
    ];
    for (const html of kept) expect(run(rule, html).removed, html).toEqual([]);
  });
});
