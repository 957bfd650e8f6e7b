/**
 * A publication's promotion of its own app, anywhere in the body (calls-to-action only looks at the edges, where
 * most calls sit; app promos are also dropped between paragraphs): "Download the Tribune app for breaking news
 * alerts", "Get the app: <a>iOS</a> | <a>Android</a>", "Laden Sie unsere App herunter", "Tải ứng dụng … để đọc tin
 * nhanh hơn". A short block of its own goes when it names an app (the language's words for one) in a sentence that
 * opens with an action verb. Reporting about an app ("Apple removed the app from the App Store on Monday") asks
 * nothing; a quote, a list item (a how-to's steps) and prose longer than a promo stay.
 */
import { insideTag, isProtected } from '../kit/page-structure';
import { removeStrayBlocks } from '../kit/stray-blocks';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { containsCue, labelKey } from '../kit/block-text';

const MAX_CHARS = 240;
const BLOCKS = 'p, div, aside, h2, h3, h4, h5, h6';
const LISTS = new Set(['OL', 'UL', 'BLOCKQUOTE']);
const QUOTE = /["“”„«»]/u;

export function isAppPromo(text: string, ctx: CleanContext): boolean {
  if (!text || text.length > MAX_CHARS || QUOTE.test(text)) return false;
  if (!containsCue(text, ctx.cues.appPromos)) return false;
  const verbs = ctx.cues.ctaVerbs.map(labelKey);
  // The verb must open a sentence or a clause of it (an imperative: "For the latest news, download our app"), and
  // the app be named in that same sentence.
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    if (!containsCue(sentence, ctx.cues.appPromos)) return false;
    return sentence.split(/[,;:]\s+/).some((clause) => {
      const key = labelKey(clause);
      return verbs.some((v) => key.startsWith(`${v} `));
    });
  });
}

function apply(root: Element, ctx: RuleContext): string[] {
  return removeStrayBlocks(root, ctx, BLOCKS, (el, text, s) =>
    text.length <= MAX_CHARS && !isProtected(el, root, s) && !insideTag(el, root, LISTS) && isAppPromo(text, ctx));
}

export const rule: CleanRule = { name: 'app-promos', post: apply };
