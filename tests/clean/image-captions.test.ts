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

  it('makes a caption of an unmarked line after an image that repeats the image\'s alt or title, in several sites\' styles', () => {
    const cases: [string, string][] = [
      // a figure, then the caption in a div of its own (alt text with its credit)
      ['<figure><img src="/v.png" alt="Son tres los periodos de vacaciones durante el año escolar. Foto: Andina"></figure><div class="descent"><span>Son tres los periodos de vacaciones durante el año escolar. Foto: Andina</span></div>', 'Son tres los periodos de vacaciones durante el año escolar. Foto: Andina'],
      // a lightbox link around a picture with a title, the caption in a span after it
      ['<div class="asset"><a href="/big.jpg"><picture title="Roman Prymula, photo: Archives du Gouvernement"><img srcset="/p.jpg 2048w"></picture></a><span>Roman Prymula, photo: Archives du Gouvernement</span></div>', 'Roman Prymula, photo: Archives du Gouvernement'],
      // the alt without the credit, the legend with it
      ['<div><a href="/s4.jpg"><img src="/s4.jpg" alt="Zielarten für die Kastanienselven sind der Waldportier und der Hirschkäfer."></a></div><div class="legend"><div class="content">Zielarten für die Kastanienselven sind der Waldportier und der Hirschkäfer. <br>Foto © Jörg Gemsch</div></div>', 'Zielarten für die Kastanienselven sind der Waldportier und der Hirschkäfer. Foto © Jörg Gemsch'],
    ];
    for (const [html, caption] of cases) {
      const out = contentText(run(rule, body(html)).root);
      expect(out.captions, html).toEqual([caption]);
      expect(out.paragraphs, html).toEqual(PROSE);
    }
  });

  it('keeps a paragraph that only shares a few words or a short alt with an image, and text before the image', () => {
    const kept = [
      // a short alt ("Logo", the site's name) repeated in a line
      '<img src="/logo.png" alt="Kellerton Ledger"><p>Kellerton Ledger staff contributed to this report from the council chamber.</p>',
      // the paragraph comes before the image that repeats it (an alt copied from the text)
      '<p>The library will reopen in the spring of 2026 with a new reading room.</p><img src="/r.jpg" alt="The library will reopen in the spring of 2026 with a new reading room.">',
      // a long paragraph that the alt only opens
      `<img src="/c.jpg" alt="The council chamber on Tuesday"><p>The council chamber on Tuesday was full an hour before the vote, with residents standing along the walls and spilling into the corridor, where a screen showed the debate to those who could not get in; several speakers were cheered, others booed, and the chair had to call for order twice before the roll call began at nine.</p>`,
    ];
    for (const html of kept) {
      const out = contentText(run(rule, body(html)).root);
      expect(out.captions, html).toEqual([]);
    }
  });
});
