/**
 * A link to the author's own page ("/author/jane-doe", "/autor/frank_g") whose text is a line printed beside the
 * headline: the byline of pages that print the name with no "By", no author class and no metadata, above the
 * headline as often as under it. The folder words are data (lang/<code>/metadata.ts, authorPaths).
 */
import { metadataWords } from '../lang/metadata-words';
import type { PageQuery } from '../page/page-query';
import { inComments } from './comment-thread';
import type { HeadlineZone } from './headline-zone';
import { shownText } from './shown-text';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let cached: { selector: string; page: RegExp } | undefined;

function authorLinks(): { selector: string; page: RegExp } {
  const paths = metadataWords().authorPaths;
  // One author's page, not the list of all of them ("/autoren"): the folder word is followed by a name's slug.
  cached ??= {
    selector: paths.map((p) => `a[href*="/${p}/" i]`).join(', '),
    page: new RegExp(String.raw`/(?:${paths.map(escape).join('|')})/[^/?#\s]+`, 'i'),
  };
  return cached;
}

/** The regex this module builds at run time, for the hardening test that times every regex of the core. */
export function authorPageRegex(): RegExp {
  return authorLinks().page;
}

/** A paragraph this long is the body: what is linked after its start is no byline ("more from this author"). */
const BODY_TEXT = 160;

/**
 * The texts of author-page links that are whole lines of the zone around the headline and come before the body's
 * first paragraph, in document order.
 */
export function authorPageLinksBesideHeadline(query: PageQuery, zone: HeadlineZone, headline: Element | null): string[] {
  const lines = new Set([...zone.before.split('\n'), ...zone.after.split('\n')].map((l) => l.trim()).filter(Boolean));
  if (!lines.size || !headline) return [];
  const { selector, page } = authorLinks();
  if (!query.count(selector)) return [];
  // One list in document order (compareDocumentPosition answers wrongly in linkedom for nodes in other subtrees).
  const found: string[] = [];
  let afterHeadline = false;
  for (const el of query.all(`${selector}, p, ${headline.tagName.toLowerCase()}`)) {
    if (el === headline) afterHeadline = true;
    else if (el.tagName.toUpperCase() === 'P') {
      if (afterHeadline && shownText(el).trim().length >= BODY_TEXT) break;
    } else if (el.tagName.toUpperCase() === 'A') {
      const text = shownText(el).replace(/\s+/g, ' ').trim();
      if (text && lines.has(text) && page.test(el.getAttribute('href') ?? '') && !inComments(el)) found.push(text);
    }
  }
  return found;
}
