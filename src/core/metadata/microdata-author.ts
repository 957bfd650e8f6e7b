/**
 * The author of the schema.org microdata item whose headline is the page's headline (itemscope / itemprop, as many
 * WordPress and Blogger themes write it): structured data like JSON-LD, tied to this article rather than to a teaser
 * or a comment, which are items of their own with another headline or none.
 */
import type { PageQuery } from '../page/page-query';
import { compareKey } from '../text/normalize';
import { shownText } from './shown-text';

/** The item a property belongs to: the nearest itemscope above it. */
const itemOf = (el: Element): Element | null => el.parentElement?.closest('[itemscope]') ?? null;

const valueOf = (el: Element): string => (el.getAttribute('content') ?? shownText(el)).replace(/\s+/g, ' ').trim();

/** A Person item's own name property, else the property's own value. */
function authorName(el: Element): string {
  const name = el.hasAttribute('itemscope')
    ? Array.from(el.querySelectorAll('[itemprop~="name"]')).find((n) => itemOf(n) === el)
    : undefined;
  return valueOf(name ?? el);
}

export function headlineItemAuthor(query: PageQuery, title: string): string | null {
  const key = compareKey(title);
  if (!key) return null;
  const headlines = query.all('[itemprop~="headline"]');
  for (const headline of headlines) {
    if (compareKey(valueOf(headline)) !== key) continue;
    // Themes that leave out the article's itemscope put its properties on the page, in no item: then the page is
    // the item, when it holds no other headline of that kind (a listing's teasers would).
    const item = itemOf(headline);
    if (!item && headlines.filter((h) => !itemOf(h)).length > 1) continue;
    const names = (item ? Array.from(item.querySelectorAll('[itemprop~="author"]')) : query.all('[itemprop~="author"]'))
      .filter((a) => itemOf(a) === item)
      .map(authorName)
      .filter(Boolean);
    if (names.length) return [...new Set(names)].join(', ');
  }
  return null;
}
