import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/ad-labels';
import { PROSE, paras, run, VI_PROSE } from './helpers';

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

  it('keeps prose that talks about advertising and captioned figures', () => {
    const story = 'Advertisement revenue at the Ledger fell 12 percent last year, the publisher told the council, which is weighing a public notices contract.';
    const r = run(rule, `${paras(PROSE)}<p>${story}</p><figure class="banner"><img src="a.jpg"><figcaption>Advertisement</figcaption></figure>`);
    expect(r.text).toContain(story);
    expect(r.root.querySelector('figure')).not.toBeNull();
  });
});
