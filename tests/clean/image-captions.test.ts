import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/image-captions';
import { contentText } from '../../src/core/content-text';
import { PROSE, run } from './helpers';

const body = (extra: string) => `<div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}${extra}</div>`;

describe('image-captions', () => {
  it('makes a class-marked caption beside an image a caption, out of the paragraphs', () => {
    const { root, removed } = run(rule, body(`<div class="photo"><img src="/a.jpg"><span class="newsCaption">Protesters wore masks <span class="caption">(Image: GETTY)</span></span></div>`));
    expect(removed).toEqual([]);
    const { paragraphs, captions } = contentText(root);
    expect(captions).toEqual(['Protesters wore masks (Image: GETTY)']);
    expect(paragraphs.join(' ')).not.toContain('GETTY');
    expect(paragraphs).toHaveLength(PROSE.length);
  });

  it('joins credits inside a figure to its figcaption, or makes them the figcaption', () => {
    const withCaption = run(rule, body(`<figure><span class="wrap"><img src="/a.jpg"><span>Image copyright</span> <span>Getty Images</span></span><figcaption>Taylor Swift on stage</figcaption></figure>`));
    expect(contentText(withCaption.root).captions).toEqual(['Taylor Swift on stage Image copyright Getty Images']);
    const without = run(rule, body(`<figure><img src="/b.jpg"><div class="credit">(Image credit: Blue Origin)</div></figure>`));
    const out = contentText(without.root);
    expect(out.captions).toEqual(['(Image credit: Blue Origin)']);
    expect(out.paragraphs).toHaveLength(PROSE.length);
  });

  it('keeps a credit line that is no image caption, prose with a caption class, and figures of tables or quotes', () => {
    const ldr = '<p class="ldrs-credit">Helen Marchetti is a Local Democracy Reporter funded by the BBC and the newspaper industry.</p>';
    expect(contentText(run(rule, body(`<img src="/x.jpg">${ldr}`)).root).captions).toEqual([]);
    const long = `<div class="photo"><img src="/a.jpg"><p class="caption">${PROSE.join(' ')}</p></div>`;
    expect(contentText(run(rule, body(long)).root).captions).toEqual([]);
    const table = '<figure><table><tr><td>Town</td><td>Homes</td></tr></table><p>Source: council</p></figure>';
    const quote = '<figure><blockquote><p>We have to be sure.</p></blockquote><p>Councillor Desai</p></figure>';
    const tq = contentText(run(rule, body(table + quote)).root);
    expect(tq.captions).toEqual([]);
    expect(tq.paragraphs).toContain('Source: council');
    expect(tq.paragraphs).toContain('Councillor Desai');
  });

  it('makes a caption of a short line closing with a photo credit in parentheses, and keeps other parentheses', () => {
    const credited = '<p>Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)</p>';
    const viCredited = '<p>Nhà vườn thu hoạch sầu riêng Ri6 (Ảnh: Kim Oanh)</p>';
    const aside = '<p>The council approved the plan on Tuesday (the vote was 4-1).</p>';
    const out = contentText(run(rule, body(credited + aside)).root);
    expect(out.captions).toEqual(['Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)']);
    expect(out.paragraphs).toContain('The council approved the plan on Tuesday (the vote was 4-1).');
    expect(contentText(run(rule, body(viCredited), { lang: 'vi' }).root).captions).toEqual(['Nhà vườn thu hoạch sầu riêng Ri6 (Ảnh: Kim Oanh)']);
  });
});

