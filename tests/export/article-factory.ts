/**
 * Articles built by hand from the fixtures' ground truth (tests/fixtures/<slug>/expected.json), so export tests
 * run on real titles, bylines, Vietnamese text and attendee lists without depending on the extractor.
 * The site name is the page's og:site_name; image addresses are synthetic (the ground truth has only captions).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/article';
import { readExpected as readFixtureExpected, type Expected } from '../fixtures/fixture-files';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The fixtures this suite is written against (from /work/shared/fixtures): five articles, one section page. */
export const ARTICLE_SLUGS = [
  'baothanhhoa-giao-ban-dan-van',
  'kellerton-council-library',
  'lumenwater-ben-tre-signing',
  'soctrang-bo-y-te-sot-xuat-huyet',
  'thoisuviet-bo-nong-nghiep-quang-binh',
] as const;
export const SECTION_SLUG = 'tinmientrung-chuyen-muc-thoi-su';

/** The ground truth, read by the golden suite's own reader (tests/fixtures/fixture-files.ts). */
export function readExpected(slug: string): Expected {
  const expected = readFixtureExpected(slug);
  if (!expected) throw new Error(`tests/fixtures/${slug} has no expected.json`);
  return expected;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const decode = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function siteNameOf(slug: string): string | null {
  const page = readFileSync(`${FIXTURES}${slug}/page.html`, 'utf8');
  const match = /<meta\s+property="og:site_name"\s+content="([^"]*)"/i.exec(page);
  return match ? decode(match[1]) : null;
}

export function buildArticle(slug: string): Article {
  const e = readExpected(slug);
  const paragraphs = e.paragraphs.map((p) => (Array.isArray(p) ? p[0] : p));
  const origin = new URL(e.url).origin;
  const images = e.captions.map((caption, i) => ({ src: `${origin}/images/photo-${i + 1}.jpg`, alt: '', caption }));
  // One figure after each of the first paragraphs, as news pages interleave photos with text.
  const html = paragraphs
    .map((p, i) => {
      const figure = images[i]
        ? `<figure><img src="${escape(images[i].src)}" alt=""><figcaption>${escape(images[i].caption ?? '')}</figcaption></figure>`
        : '';
      return `<p>${escape(p)}</p>${figure}`;
    })
    .join('\n');
  const text = paragraphs.join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url: e.url,
    canonicalUrl: e.url,
    title: e.title,
    byline: e.byline,
    siteName: siteNameOf(slug),
    lang: e.lang,
    dir: 'ltr',
    published: e.published,
    excerpt: paragraphs[0] ?? null,
    standfirst: null,
    isArticle: e.isArticle,
    detection: {
      score: e.isArticle ? 0.9 : 0.1,
      signals: [{ name: 'fixture-ground-truth', weight: e.isArticle ? 0.9 : 0.1, detail: slug }],
    },
    html,
    text,
    paragraphs,
    images,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 200)),
    attendees: e.attendees
      ? {
          people: e.attendees.people.map((p) => ({ name: p.name, roles: p.roles, parts: p.parts, evidence: [] })),
          groups: e.attendees.groups,
        }
      : null,
    removed: [],
  };
}

/** A fixed context, so outputs are deterministic. */
export const CTX = {
  accessedAt: '2025-03-04T05:06:07.000Z',
  extractor: { name: 'lucid-reader', version: '0.1.0' },
} as const;
