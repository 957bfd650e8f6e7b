/**
 * The kinds of metadata misses left on the labelled benchmark pages (issue #19), each in the styles of several
 * sites and languages: desk credits that carry the paper's name, the publication after the author's name, JSON-LD
 * written with "type", bylines whose markup holds <noscript> fallbacks, a printed author list longer than the
 * structured one, a printed date without its year, and a byline printed after the date on one line.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readMetadata } from '../../src/core/metadata/metadata';
import { isPublisherName } from '../../src/core/metadata/byline';
import { extractArticle } from '../../src/core/extract';

const doc = (html: string, lang = 'en') => parseHTML(`<html lang="${lang}">${html}</html>`).document as unknown as Document;
const page = (head: string, body: string, lang = 'en') => doc(`<head>${head}</head><body>${body}</body>`, lang);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('a desk credit that carries the publication name is an author, the bare name is not', () => {
  it.each([
    ['Telegraph Sport', 'The Telegraph', 'https://www.telegraph.co.uk/tennis/2019/11/19/x/'],
    ['PETA-Team', 'PETA Deutschland', 'https://www.peta.de/neuigkeiten/x/'],
    ['Detroit News wire services', 'The Detroit News', 'https://www.detroitnews.com/story/x/'],
    ['Redacción El Tiempo', 'El Tiempo', 'https://www.eltiempo.com/x'],
    ['Redaktion Tagesspiegel', 'Der Tagesspiegel', 'https://www.tagesspiegel.de/x'],
  ])('%s on %s', (byline, site, url) => {
    expect(isPublisherName(byline, site, url)).toBe(false);
  });

  it.each([
    ['The Telegraph', 'The Telegraph', 'https://www.telegraph.co.uk/x'],
    ['PETA', 'PETA Deutschland', 'https://www.peta.de/x'],
    ['Detroit News', 'The Detroit News', 'https://www.detroitnews.com/x'],
  ])('the bare name %s on %s stays the publisher', (byline, site, url) => {
    expect(isPublisherName(byline, site, url)).toBe(true);
  });

  it('reads a marked desk credit after the headline', () => {
    const body = '<h1>Tennis Podcast: Davis Cup Finals launch in Madrid</h1><div class="byline"><span class="byline__author-name">Telegraph Sport</span></div><time>19 November 2019 • 1:16pm</time><p>Body.</p>';
    const m = readMetadata(page('<meta property="og:site_name" content="The Telegraph">', body), 'https://www.telegraph.co.uk/tennis/2019/11/19/x/');
    expect(m.byline).toBe('Telegraph Sport');
  });
});

describe('the publication named after the author is no second author', () => {
  it.each([
    ['AFP/The Local', 'The Local', 'https://www.thelocal.se/20200428/x', 'AFP'],
    ['Finian Cunningham. Sputnik International', 'Sputnik International', 'https://sputniknews.com/columnists/x/', 'Finian Cunningham'],
    ['Marie Dupont / Le Monde', 'Le Monde', 'https://www.lemonde.fr/x', 'Marie Dupont'],
    ['Max Muster, Badische Zeitung', 'Badische Zeitung', 'https://www.badische-zeitung.de/x', 'Max Muster'],
  ])('%s', (author, site, url, expected) => {
    const head = `<meta property="og:site_name" content="${site}"><meta name="author" content="${author}">`;
    expect(readMetadata(page(head, '<h1>A headline of some length</h1><p>Body.</p>'), url).byline).toBe(expected);
  });

  it('an address naming the publication stays one piece, and no author', () => {
    const head = '<meta property="og:site_name" content="Vegolosi"><meta property="article:author" content="facebook.com/vegolosi">';
    expect(readMetadata(page(head, '<h1>A headline of some length</h1><p>Body.</p>'), 'https://www.vegolosi.it/x/').byline).toBeNull();
  });

  it('reads og:article:author', () => {
    const head = '<meta property="og:article:author" content="Karin Larsson">';
    expect(readMetadata(page(head, '<h1>A headline of some length</h1><p>Body.</p>'), 'https://news.example/a').byline).toBe('Karin Larsson');
  });
});

describe('JSON-LD written with "type" for "@type"', () => {
  it('reads the date and author of such an Article', () => {
    const head = ld({ '@context': 'http://schema.org', type: 'Article', headline: 'Buggy Python Code', datePublished: 'Thu, 08 May 2014 14:04:53 -0400', author: { '@type': 'Person', name: 'Martin Chikilian' } });
    const m = readMetadata(page(head, '<h1>Buggy Python Code</h1><p>Body.</p>'), 'https://blog.example/python');
    expect(m.published).toBe('2014-05-08');
    expect(m.byline).toBe('Martin Chikilian');
  });

  it('does not take a "type" field of a node that has an @type', () => {
    const head = ld({ '@type': 'WebPage', type: 'Article', datePublished: '2014-05-08' });
    expect(readMetadata(page(head, '<h1>A page</h1><p>Body.</p>'), 'https://x.example/').published).toBeNull();
  });
});

describe('a byline element read as the reader sees it', () => {
  it.each([
    ['de', '<span class="cb-author"><img class="avatar" src="a.png"><noscript><img class="avatar" src="https://litradio.example/wp-content/plugins/wp-user-avatar/images/wpua-32x32.png" width="20" height="20" alt="Avatar"></noscript><a class="author url fn" rel="author" href="/author/nc/">Nicole Collignon</a></span>', 'Nicole Collignon'],
    ['en', '<div class="post-author"><script>window.dataLayer = window.dataLayer || []; dataLayer.push({"author": "jane"});</script>Jane Marsh</div>', 'Jane Marsh'],
  ])('%s: skips <noscript> and <script> text', (lang, byline, expected) => {
    const body = `<h1>Die Autorin im Gespräch über ihren Roman</h1><div class="meta">${byline}<time>22. Februar 2020</time></div><p>Body.</p>`;
    const teaser = '<ul><li class="tag-autorin"><h2>Aufräumen – Resonanz</h2></li></ul>';
    expect(readMetadata(page('', body + teaser, lang), 'https://litradio.example/a/').byline).toBe(expected);
  });
});

describe('a teaser card is no byline', () => {
  it.each([
    ['de', '<li class="post tag-autorin"><h2>Aufräumen – Resonanz</h2></li>', 'Nicole Collignon'],
    ['en', '<div class="card author-picks"><h3>Another Story</h3></div>', 'Nicole Collignon'],
  ])('%s: a marked card holding a heading is skipped', (lang, card, expected) => {
    const body = `<h1>Die Autorin im Gespräch über ihren Roman</h1><ul>${card}</ul><div class="cb-byline"><span class="cb-author">${expected}</span></div><p>Body.</p>`;
    expect(readMetadata(page('', body, lang), 'https://litradio.example/a/').byline).toBe(expected);
  });
});

describe('a printed author list longer than the structured one', () => {
  it.each([
    ['By Stefan Becket, Kathryn Watson, Grace Segers', 'Stefan Becket', 'Stefan Becket, Kathryn Watson, Grace Segers'],
    ['Von Anna Schmidt und Jonas Weber', 'Anna Schmidt', 'Anna Schmidt und Jonas Weber'],
  ])('%s', (printed, structured, expected) => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Key moments from the hearing', author: { '@type': 'Person', name: structured } });
    const m = readMetadata(page(head, `<h1>Key moments from the hearing</h1><p class="byline">${printed}</p><p>Body.</p>`), 'https://news.example/a');
    expect(m.byline).toBe(expected);
  });

  it.each([
    ['Finian Cunningham. Sputnik International', 'by\nFinian Cunningham', 'Finian Cunningham'],
    ['Ana Ruiz / Agencia Andaluza', 'Por Ana Ruiz', 'Ana Ruiz'],
  ])('the page prints %s as its name alone', (metaAuthor, printed, expected) => {
    const head = `<meta name="author" content="${metaAuthor}">`;
    const body = `<h1>Royal Self-Indicting Arrogance</h1><div>${printed.replace('\n', '<br>')}</div><p>Body.</p>`;
    expect(readMetadata(page(head, body), 'https://news.example/a').byline).toBe(expected);
  });

  it('keeps the structured names when the printed line names someone else', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Key moments from the hearing', author: { '@type': 'Person', name: 'Stefan Becket' } });
    const m = readMetadata(page(head, '<h1>Key moments from the hearing</h1><p class="byline">By Kathryn Watson</p><p>Body.</p>'), 'https://news.example/a');
    expect(m.byline).toBe('Stefan Becket');
  });
});

describe('a printed date without its year', () => {
  it.each([
    ['Posted Nov 18, 8:19 PM', '2019-11-19T01:19:34.819Z', '2019-11-18'],
    ['Publié le 1 janv. à 00h30', '2019-12-31T23:30:00Z', '2020-01-01'],
    ['Veröffentlicht am 31. Dezember, 23:30 Uhr', '2020-01-01T00:30:00+02:00', '2019-12-31'],
  ])('%s beside a UTC time', (printed, utc, expected) => {
    const head = `<meta property="article:published_time" content="${utc}">`;
    const m = readMetadata(page(head, `<h1>South Dakota doubles down on its slogan</h1><div>${printed}</div><p>Body.</p>`), 'https://news.example/a');
    expect(m.published?.slice(0, 10)).toBe(expected);
  });

  it('an update without a year does not move the date', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T01:19:34Z">';
    const m = readMetadata(page(head, '<h1>South Dakota doubles down on its slogan</h1><div>Updated Nov 18, 8:19 PM</div><p>Body.</p>'), 'https://news.example/a');
    expect(m.published).toBe('2019-11-19T01:19:34Z');
  });
});

describe('a byline printed after the date on the same line', () => {
  it.each([
    ['de', 'Veröffentlicht am 8. Februar 2022 von PETA-Team', 'PETA-Team'],
    ['en', 'Published on November 19, 2019 by Jane Doe', 'Jane Doe'],
    ['fr', 'Publié le 3 mars 2020 par Marie Dupont', 'Marie Dupont'],
  ])('%s: %s', (lang, line, expected) => {
    const m = readMetadata(page('', `<h1>Die Top 5 der Veterinärämter</h1><div class="meta">${line}</div><p>Body.</p>`, lang), 'https://org.example/a');
    expect(m.byline).toBe(expected);
  });
});

describe('a credit with no "By" above a handle or a date', () => {
  it.each([
    ['Nishant Kumar<br>@Nishantopines', 'Nishant Kumar'],
    ['Lena Vogt<br>@lenavogt', 'Lena Vogt'],
    ['Detroit News wire services<br>Published 11:11 PM EST Nov 19, 2019', 'Detroit News wire services'],
    ['Redaktion Tagesspiegel<br>19.11.2019, 08:15 Uhr', 'Redaktion Tagesspiegel'],
  ])('%s', (credit, expected) => {
    const body = `<h1>Economy in stress and markets on a high</h1><div>${credit}</div><p>${'Body text. '.repeat(30)}</p>`;
    expect(readMetadata(page('', body), 'https://news.example/a').byline).toBe(expected);
  });

  it('a section name above a date is no credit', () => {
    const body = '<h1>Economy in stress and markets on a high</h1><div>World News<br>Nov 19, 2019</div><p>Body.</p>';
    expect(readMetadata(page('', body), 'https://news.example/a').byline).toBeNull();
  });
});

describe('a one-word meta author', () => {
  it('is dropped when the page never prints it (a CMS account)', () => {
    const m = readMetadata(page('<meta name="author" content="KWCHCIK">', '<h1>2018 Boys State Swim Results</h1><script>var owner = "KWCHCIK";</script><p>Results.</p>'), 'https://tv.example/a');
    expect(m.byline).toBeNull();
  });

  it('is not brought back by the article extraction', async () => {
    const prose = Array.from({ length: 8 }, (_, i) => `<p>In the ${i + 1}00 yard race the swimmers from Wichita Heights beat the field by a wide margin, and the coaches said the season had gone better than anyone expected.</p>`).join('');
    const d = page('<meta name="author" content="KWCHCIK"><title>2018 Boys State Swim Results</title>', `<article><h1>2018 Boys State Swim Results</h1>${prose}</article>`);
    const article = await extractArticle(d, 'https://tv.example/news/swim-results-474349633.html', { html: false, attendees: false });
    expect(article.byline).toBeNull();
  });

  it('is kept when the page prints it', () => {
    const m = readMetadata(page('<meta name="author" content="Regan">', '<h1>Hiking the Boulder Flat Irons</h1><p>Posted by Regan.</p><p>Trail notes.</p>'), 'https://blog.example/a');
    expect(m.byline).toBe('Regan');
  });
});

describe('the title of a page with no structured title', () => {
  it.each([
    ['de', 'Anwalt Niemeyer', 'Willkommen!'],
    ['en', 'Smith & Co Solicitors', 'Our practice'],
  ])('%s: its one <h1> over the <title>', (lang, docTitle, h1) => {
    const d = doc(`<head><title>${docTitle}</title></head><body><h1>${h1}</h1><p>Text.</p></body>`, lang);
    expect(readMetadata(d, 'https://firm.example/index.html').title).toBe(h1);
  });

  it('keeps the <title> when the <h1> is the site name', () => {
    const d = doc('<head><title>Headline of the day | Smith News</title><meta property="og:site_name" content="Smith News"></head><body><h1>Smith News</h1><p>Text.</p></body>');
    expect(readMetadata(d, 'https://smith.example/a').title).toBe('Headline of the day');
  });
});
