import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/address-lines';
import { PROSE, paras, run } from './helpers';

const URL_ = 'https://www.chron.com/news/world/article/Esper-says-US-providing-Vietnam-14848382.php';

describe('address-lines', () => {
  it("removes the page's own address printed in the body and a reporter's contact line", () => {
    const own = `<div class="share"><p>${URL_}</p></div>`;
    const contact = '<p>paul.takahashi@chron.com twitter.com/paultakahashi</p>';
    const r = run(rule, own + paras(PROSE) + contact, { url: URL_ });
    expect(r.removed).toHaveLength(2);
    expect(r.text).not.toContain('chron.com');
    for (const p of PROSE) expect(r.text).toContain(p);
  });

  it('keeps addresses the article gives: source lines, sentences citing an address, list items', () => {
    const sources = '<p>http://syiahali.wordpress.com/2011/09/07/fatwa-para-ulama</p><p>Ticketing www.jeongdongtheater.com</p>';
    const sentence = '<p>The full report is online at https://www.gov.example/reports/2019 for anyone to read.</p>';
    const list = `<ul><li>${URL_}</li></ul>`;
    const r = run(rule, paras(PROSE) + sources + sentence + list, { url: URL_ });
    expect(r.removed).toEqual([]);
  });
});
