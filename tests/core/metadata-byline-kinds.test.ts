/**
 * The byline misses left on the trafilatura dev pages (issue #19), each kind in the styles of several sites and
 * languages: an author's own page linked beside the headline with no "By" and no author class, the author of the
 * schema.org microdata item that carries the headline, and a box's heading at the end of the text taken for the
 * signature.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readMetadata } from '../../src/core/metadata/metadata';
import { bylineFromTrailingLine } from '../../src/core/metadata/byline';
import { signatureOfBody } from '../../src/core/metadata/body-signature';

const page = (title: string, body: string, lang = 'en') =>
  parseHTML(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
const PROSE = '<p>' + 'The council met on Tuesday evening and agreed to the plan after a long debate about the costs. '.repeat(3) + '</p>';

describe("a link to the author's own page beside the headline", () => {
  it.each([
    ['de, name and date above an <h2> headline', 'de', 'Bericht zur Lage – worauf wartet die Politik?',
      '<div class="meta"><a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020 / 06:15 / <a href="#fuss">Foto: Achse</a></div>' +
      '<div id="content"><h2>Bericht zur Lage – worauf wartet die Politik?</h2>' + PROSE + '</div>', 'Gunter Frank'],
    ['en, a meta row above the <h1>', 'en', 'Council backs the library repairs',
      '<div class="entry-meta"><a href="https://blog.example/authors/jane-doe/">Jane Doe</a><span>March 3, 2021</span></div>' +
      '<h1>Council backs the library repairs</h1>' + PROSE, 'Jane Doe'],
    ['fr, under the headline with no "par"', 'fr', 'Le conseil adopte le budget',
      '<h1>Le conseil adopte le budget</h1><div class="infos"><a href="/auteur/marie-dupont">Marie Dupont</a> — 5 mars 2021</div>' + PROSE,
      'Marie Dupont'],
    ['es, an absolute link under the headline', 'es', 'El ayuntamiento aprueba el presupuesto',
      '<h1>El ayuntamiento aprueba el presupuesto</h1><p class="datos"><a href="https://diario.example/autores/lucia-garcia-ruiz">Lucía García Ruiz</a></p><p>12/03/2021</p>' + PROSE,
      'Lucía García Ruiz'],
  ])('%s', (_style, lang, title, body, author) => {
    expect(readMetadata(page(title, body, lang), 'https://news.example/a/1').byline).toBe(author);
  });

  it('takes no link to the list of all authors, and no author page linked far below the headline', () => {
    const index = '<div class="meta"><a href="/autoren">Unsere Autoren</a></div><h1>Der Rat beschließt den Haushalt</h1>' + PROSE;
    expect(readMetadata(page('Der Rat beschließt den Haushalt', index, 'de'), 'https://news.example/a/1').byline).toBeNull();
    const far = '<h1>Council backs the library repairs</h1>' + PROSE + PROSE + '<h3>More from</h3><a href="/author/sam-roe">Sam Roe</a>';
    expect(readMetadata(page('Council backs the library repairs', far), 'https://news.example/a/1').byline).toBeNull();
  });

  it('takes no commenter linked to a profile page', () => {
    const body = '<h1>Council backs the library repairs</h1>' + PROSE +
      '<div class="comments"><div class="comment"><a href="/author/troll-account">Troll Account</a> wrote: nonsense</div></div>';
    expect(readMetadata(page('Council backs the library repairs', body), 'https://news.example/a/1').byline).toBeNull();
  });
});

describe('the author of the microdata item that carries the headline', () => {
  it('reads it on a page the detector doubts, with teasers by other authors below (WordPress theme, de)', () => {
    const title = 'Die Autorin Nora Bossong im Gespräch über ihren Roman';
    const body = `<article itemscope itemtype="https://schema.org/BlogPosting"><h1>${title}</h1>` +
      '<div class="cb-byline"><a href="/author/nicole-collignon/" rel="author">Nicole Collignon</a> 22. Februar 2020</div>' +
      '<span class="cb-hide" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Nicole Collignon"></span>' +
      `<meta itemprop="headline" content="${title}"><div itemprop="articleBody"><p>Ein kurzer Text.</p></div></article>` +
      '<ul class="related"><li><h4>Die Lyrikerin im Gespräch</h4><a href="/author/max-muster/" rel="author">Max Muster</a></li></ul>';
    expect(readMetadata(page(title, body, 'de'), 'https://radio.example/x/', undefined, undefined, false).byline).toBe('Nicole Collignon');
  });

  it('reads a visible name and leaves the commenters, whose items carry no headline (blog, en)', () => {
    const title = 'Ten years of the allotment';
    const body = `<div itemscope itemtype="http://schema.org/BlogPosting"><h3 itemprop="headline">${title}</h3>` +
      '<div class="post-header">Posted on March 3</div><div itemprop="articleBody">' + PROSE + '</div>' +
      '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Roe</span></span></div>' +
      '<div id="talk"><div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Commenter Guy</span><p>Nice.</p></div></div>';
    expect(readMetadata(page(title, body), 'https://blog.example/2021/03/x.html').byline).toBe('Jane Roe');
  });

  it('reads an author given as content, beside a sidebar item by someone else (it)', () => {
    const title = 'Il consiglio approva il bilancio';
    const body = '<aside><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">Altra notizia</span>' +
      '<meta itemprop="author" content="Paolo Bianchi"></div></aside>' +
      `<main itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">${title}</h1>` +
      '<meta itemprop="author" content="Marco Rossi"><div itemprop="articleBody">' + PROSE + '</div></main>';
    expect(readMetadata(page(title, body, 'it'), 'https://giornale.example/x', undefined, undefined, false).byline).toBe('Marco Rossi');
  });

  it('reads it when the theme leaves out the article\'s itemscope, the properties standing on the page (pt)', () => {
    const title = 'A câmara aprova o orçamento';
    const body = `<h1>${title}</h1><div class="meta"><a href="/autores/ana-souza/" rel="author">Ana Souza</a></div>` +
      '<meta itemprop="datePublished" content="2021-03-05"><span itemprop="author" itemscope itemtype="https://schema.org/Person">' +
      `<meta itemprop="name" content="Ana Souza"></span><meta itemprop="headline" content="${title}"><p>Texto curto.</p>` +
      '<ul class="relacionados"><li><a href="/autores/rui-lima/" rel="author">Rui Lima</a></li></ul>';
    expect(readMetadata(page(title, body, 'pt'), 'https://radio.example/y/', undefined, undefined, false).byline).toBe('Ana Souza');
  });

  it('takes no author on a listing whose items carry other headlines', () => {
    const item = (h: string, a: string) =>
      `<div itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">${h}</h2><span itemprop="author">${a}</span></div>`;
    const body = '<h1>Politik</h1>' + item('Der Rat tagt', 'Anna Alt') + item('Die Wahl naht', 'Bernd Berg');
    expect(readMetadata(page('Politik', body, 'de'), 'https://news.example/politik/', undefined, undefined, false).byline).toBeNull();
  });
});

describe("a box's heading at the end of the text is no signature", () => {
  const long = (s: string) => `${s} ${s} ${s}`;
  it.each([
    ['de, an app box', ['Das Spiel endete 0:3.', 'Die Eishockey NEWS-App',
      long('Lesen Sie jetzt alles über die schnellste Mannschaftssportart der Welt auf Ihrem Tablet oder Smartphone.')]],
    ['en, a newsletter box', ['The vote is set for November.', 'Get The Morning Briefing',
      long('Sign up to receive the day’s top stories in your inbox every morning before work starts.')]],
    ['vi, a related box', ['Hội nghị kết thúc lúc 17 giờ.', 'Tin Liên Quan',
      long('Các đại biểu đã thảo luận về kế hoạch phát triển kinh tế xã hội của tỉnh trong năm tới.')]],
  ])('%s', (_style, paragraphs) => {
    expect(bylineFromTrailingLine(paragraphs)).toBeNull();
  });

  it('keeps a signature followed by a short source line, and one that ends the text', () => {
    expect(bylineFromTrailingLine(['Một đoạn văn dài về hội nghị.', 'Minh Trí', 'Nguồn: TTXVN'])).toBe('Minh Trí');
    expect(bylineFromTrailingLine(['Ein langer Absatz über die Sitzung.', 'Max Muster'])).toBe('Max Muster');
  });
});

describe('the signature that closes the article block, when the extracted text runs on into boxes beside it', () => {
  const root = (html: string) => parseHTML(`<html><body><div id="c">${html}</div></body></html>`).document.getElementById('c') as unknown as Element;
  const prose = (s: string) => `<p>${`${s} `.repeat(4).trim()}</p>`;
  it.each([
    ['de, bold italic after the report, a news ticker after it', 'Stefan Wasmer',
      '<div class="article">' + prose('Tappara ging nach vier Minuten mit 1:0 in Führung, als Kuusela am zweiten Pfosten einschoss.') +
      prose('München überstand die Sequenz schadlos, doch dann fingen sich die Oberbayern einen Konter.') +
      '<p><b><i>Stefan Wasmer</i></b></p></div><div class="box"><h2>Kurznachrichtenticker</h2><ul><li>vor 16 Stunden</li>' +
      '<li>Weitere Absagen in der Oberliga Nord: Rostock hat das für Mittwoch geplante Nachholspiel in Hamburg aufgrund eines Verdachtsfalls abgesagt.</li></ul></div>'],
    ['vi, right-aligned and bold, a related box after it', 'Minh Trí',
      '<div class="detail">' + prose('Chiều 29-6, Thường trực Tỉnh ủy đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy.') +
      prose('Các đại biểu đã thảo luận về kế hoạch phát triển kinh tế xã hội của tỉnh trong năm tới.') +
      '<p style="text-align:right"><strong>Minh Trí</strong></p></div><div class="related"><h3>Tin Liên Quan</h3>' +
      prose('Hội nghị tổng kết công tác dân vận năm 2021 đã diễn ra tại hội trường lớn của tỉnh.') + '</div>'],
  ])('%s', (_style, name, html) => {
    expect(signatureOfBody(root(html))).toBe(name);
  });

  it('finds none when the block ends in prose, or the block has no prose to close', () => {
    const html = '<div class="article">' + prose('The council met on Tuesday and agreed to the plan after a long debate.') +
      prose('The vote on the budget is set for November, after the hearings in the autumn.') + '</div><div class="box"><p>Jane Doe</p></div>';
    expect(signatureOfBody(root(html))).toBeNull();
    expect(signatureOfBody(root('<div><p>Short.</p><p>Jane Doe</p></div>'))).toBeNull();
    // A plain line after the text is a label of what follows ("Weitere Meldungen"), not a signature set apart.
    const label = '<div class="article">' + prose('Der Rat tagte am Dienstag und beschloss den Plan nach einer langen Debatte über die Kosten.') +
      prose('Die Abstimmung über den Haushalt ist für November angesetzt, nach den Anhörungen im Herbst.') + '<p>Weitere Meldungen</p></div>';
    expect(signatureOfBody(root(label))).toBeNull();
  });
});
