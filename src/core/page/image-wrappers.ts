/**
 * Wrappers that hold nothing but a picture (`<div class="media media--type-image">` around a Drupal image, a
 * "media-wrapper" span): their class says what they hold, but Readability reads "media" as a clutter word, scores
 * the wrapper below zero and drops it with the picture inside. Before Readability, such a wrapper loses the class
 * words Readability reads as clutter; nothing else changes.
 */
import type { PageQuery } from './page-query';

/** Readability's negative class word that, on a wrapper holding only an image, describes the image. */
const MEDIA_WORDS = /(?:^|[\s_-])media(?=$|[\s_-])/i;

/** Clears the class and id of every text-less image wrapper whose class reads as clutter; returns how many. */
export function unmarkImageWrappers(query: PageQuery): number {
  let changed = 0;
  for (const img of query.all('img')) {
    for (let el = img.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'FIGURE' || tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') break;
      if ((el.textContent ?? '').trim() || el.querySelectorAll('img').length > 1) break;
      const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!MEDIA_WORDS.test(words)) continue;
      el.removeAttribute('class');
      el.removeAttribute('id');
      changed++;
    }
  }
  return changed;
}
