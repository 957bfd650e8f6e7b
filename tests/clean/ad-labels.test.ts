import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/ad-labels';
import { DE_PROSE, ES_PROSE, PROSE, paras, run, VI_PROSE } from './helpers';

describe('ad-labels', () => {
  it('removes "Quảng cáo" and "Advertisement" slots left in the body', () => {
    const r = run(rule, `${paras(VI_PROSE.slice(0, 2))}<p><span class="lb-ads">Quảng cáo</span></p>
      <div id="div-gpt-ad-inline-1" class="ad-slot"><span class="ad-label">Advertisement</span></div>${paras(VI_PROSE.slice(2))}`, { lang: 'vi' });
    expect(r.text).not.toContain('Quảng cáo');
    expect(r.text).not.toContain('Advertisement');
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes a bare "Advert" label', () => {
    const r = run(rule, `${paras(PROSE.slice(0, 2))}<div class="widget"><p>Advert</p></div>${paras(PROSE.slice(2))}`);
    expect(r.text).not.toContain('Advert');
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('removes a short line that an ad label opens and a mark sets off, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['de', `<p><em>*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.</em></p>\n${paras(DE_PROSE)}`, DE_PROSE],
      ['de', `${paras(DE_PROSE)}\n<div class="teaser"><strong>ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:</strong></div>`, DE_PROSE],
      ['en', `<p>${PROSE[0]}</p>\n<p>Sponsored | Five ways to save on your energy bill this winter</p>\n<p>${PROSE[1]}</p>\n<p>${PROSE[2]}</p>`, PROSE],
      ['es', `${paras(ES_PROSE)}\n<p>[Publicidad] Descubre las ofertas de la semana</p>`, ES_PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps sentences about advertising, headings and long paragraphs that open with the word', () => {
    const kept: [string, string][] = [
      ['de', `${paras(DE_PROSE)}\n<p>Werbung ist für die Zeitung die wichtigste Einnahmequelle, sagte der Verleger.</p>`],
      ['de', `${paras(DE_PROSE)}\n<h2>Werbung: Wie Influencer Geld verdienen</h2>`],
      ['en', `${paras(PROSE)}\n<p>Advertising: ${PROSE[0]} ${PROSE[1]}</p>`],
      ['en', `${paras(PROSE)}\n<ul><li>Sponsored: the library's reading room</li></ul>`],
    ];
    for (const [lang, html] of kept) expect(run(rule, html, { lang }).removed, html).toEqual([]);
  });

  it('keeps prose that talks about advertising and captioned figures', () => {
    const story = 'Advertisement revenue at the Ledger fell 12 percent last year, the publisher told the council, which is weighing a public notices contract.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p><figure class="banner"><img src="a.jpg"><figcaption>Advertisement</figcaption></figure>`);
    expect(r.text).toContain(story);
    expect(r.root.querySelector('figure')).not.toBeNull();
  });
});
