/**
 * Metadata a researcher can cite (issue #19): every schema.org article type, the day the page prints in its own
 * time zone, no placeholder or commenter for an author.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readMetadata } from '../../src/core/metadata/metadata';
import { cleanByline, isPlaceholderAuthor } from '../../src/core/metadata/byline';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (head: string, body: string) => doc(`<html lang="en"><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('JSON-LD article types', () => {
  it.each([
    'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'BlogPosting',
    'LiveBlogPosting', 'ScholarlyArticle', 'TechArticle', 'Report', 'SatiricalArticle',
  ])('reads the date and author of a %s', (type) => {
    const m = readMetadata(page(ld({ '@type': type, headline: 'Swift row over', datePublished: '2019-11-19T09:44:09+00:00', author: { '@type': 'Person', name: 'Jo Bloggs' } }), '<h1>Swift row over</h1>'), 'https://news.example/a');
    expect(m.published).toBe('2019-11-19T09:44:09+00:00');
    expect(m.byline).toBe('Jo Bloggs');
  });

  it('finds the article in an @graph and in an array of types, and the author in the node that names one', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', datePublished: '2001-01-01' },
        { '@type': ['Article', 'NewsArticle'], headline: 'Council backs repairs', datePublished: '2024-10-09', author: { '@id': '#p1' } },
        { '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Regan Doe' } },
      ],
    };
    const m = readMetadata(page(ld(graph), '<h1>Council backs repairs</h1>'), 'https://ledger.example/a');
    expect(m.published).toBe('2024-10-09');
    expect(m.byline).toBe('Regan Doe');
  });
});

describe('the day the page prints, in its own time zone', () => {
  it('takes article:published_time with its offset over a UTC JSON-LD time for the calendar date', () => {
    const head = `<meta property="article:published_time" content="2021-06-29T06:30:00+07:00">${ld({ '@type': 'NewsArticle', datePublished: '2021-06-28T23:30:00Z' })}`;
    expect(readMetadata(page(head, '<h1>Hội nghị giao ban</h1>'), 'https://x.example/a').published?.slice(0, 10)).toBe('2021-06-29');
  });

  it('takes the day printed beside the headline over a UTC time a day off', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Exec says Disney+ glitches were demand', datePublished: '2019-11-20T01:50:59Z' });
    const body = '<h1>Exec says Disney+ glitches were demand</h1><div class="byline">By Meg James</div><time>Nov. 19, 2019 5:50 PM</time><p>Text.</p>';
    expect(readMetadata(page(head, body), 'https://paper.example/a').published).toBe('2019-11-19');
  });

  it('keeps the structured date when the printed one is an update or far from it', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'The law behind the smog', datePublished: '2019-11-08T15:30:00-05:00' });
    const updated = '<h1>The law behind the smog</h1><p>By Umair Irfan Updated Nov 13, 2019, 10:28am EST</p>';
    expect(readMetadata(page(head, updated), 'https://vox.example/a').published).toBe('2019-11-08T15:30:00-05:00');
    const far = '<h1>The law behind the smog</h1><p>Nov 1, 2019</p>';
    expect(readMetadata(page(head, far), 'https://vox.example/a').published).toBe('2019-11-08T15:30:00-05:00');
  });

  it('reads a printed date when the page has no structured one, and never invents one', () => {
    const body = '<h1>Die elektronische Patientenakte im Alltag</h1><span>publiziert am 25. September 2018</span><p>Text.</p>';
    expect(readMetadata(page('', body), 'https://blog.example/epa').published).toBe('2018-09-25');
    expect(readMetadata(page('', '<h1>Die elektronische Patientenakte im Alltag</h1><p>Text ohne Datum.</p>'), 'https://blog.example/epa').published).toBeNull();
    expect(readMetadata(page(ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' }), '<h1>Teachers protest at the Statehouse</h1>'), 'https://x.example/').published).toBeNull();
  });

  it('reads no teaser date on a listing the detector calls one', () => {
    const body = '<h1>Latest news</h1><ul><li><a href="/a">A story</a> Nov 19, 2019</li><li><a href="/b">B story</a> Nov 18, 2019</li></ul>';
    expect(readMetadata(page('', body), 'https://x.example/news', undefined, undefined, false).published).toBeNull();
  });
});

describe('authors', () => {
  it.each(['No Author', 'Admin', 'jdadmin', 'anónimo', 'Staff', 'Гость', 'Anonymous'])('drops the placeholder %s', (name) => {
    expect(isPlaceholderAuthor(name)).toBe(true);
    expect(cleanByline(`By ${name}`)).toBeNull();
  });

  it('keeps a newsroom and a person whose name contains a placeholder word', () => {
    expect(cleanByline('Redacción')).toBe('Redacción');
    expect(cleanByline('von Redaktion, 24. Januar 2022')).toBe('Redaktion');
    expect(cleanByline('Stafford Adams')).toBe('Stafford Adams');
  });

  it('cleans what CMSs put around names', () => {
    expect(cleanByline('By TOM KRISHER, AP Auto Writer')).toBe('Tom Krisher');
    expect(cleanByline('Troy L. Smith, Cleveland.com')).toBe('Troy L. Smith');
    expect(cleanByline('Amy Kuperinsky | NJ Advance Media for NJ.com')).toBe('Amy Kuperinsky');
    expect(cleanByline('Associated Press November 19, 2019, 9:02 AM')).toBe('Associated Press');
    expect(cleanByline('VON MORITZ GATHMANN am 21. April 2020')).toBe('Moritz Gathmann');
    expect(cleanByline('Natasha Turak@NatashaTurak')).toBe('Natasha Turak');
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('Article by')).toBeNull();
  });

  it('reads the byline printed under the headline, not a "by" inside a sentence', () => {
    const body = '<h1>Mourinho agrees deal with Tottenham</h1><p class="standfirst">He had been out of work since being sacked by Manchester United in December 2018.</p><p>Text.</p>';
    expect(readMetadata(page('', body), 'https://news.example/a').byline).toBeNull();
    const signed = '<h1>Sixteen-inch laptop review: the keyboard</h1><div>By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT</div><p>Text.</p>';
    expect(readMetadata(page('', signed), 'https://insider.example/a').byline).toBe('Mike Wuerthele and Malcolm Owen');
  });

  it('does not take a commenter for the author', () => {
    const body = `<h1>Anthony Lynn: we needed to win this game</h1><p>Text.</p>
      <section id="comments"><div class="comment"><span itemprop="author">thelastchargersfan</span> says: November 19, 2019</div></section>`;
    expect(readMetadata(page('', body), 'https://talk.example/a').byline).toBeNull();
  });

  it('does not take the publisher (an organisation author named like the site) for the author', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Hitler house to become police station', author: { '@type': 'Organization', name: 'Sky' } });
    const body = '<h1>Hitler house to become police station</h1><p>Text.</p>';
    expect(readMetadata(page(head, body), 'https://news.sky.com/story/x').byline).toBeNull();
  });
});
