/**
 * Pull-quotes that repeat a sentence of the body (a blockquote, aside or figure.pullquote whose text is already
 * in a paragraph). A quotation that appears only once is article content and stays.
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, within } from '../kit/block-text';

const PULL_HINTS = ['pullquote', 'pull', 'quote', 'blockquote', 'highlight', 'callout'];
const MIN_CHARS = 20;

function apply(root: Element, ctx: RuleContext): string[] {
  const { hasHint, textOf, removeBlocks } = ctx.run;
  const candidates = Array.from(root.querySelectorAll('blockquote, aside, figure, div, p')).filter(
    (el) => el.tagName === 'BLOCKQUOTE' || el.tagName === 'ASIDE' || hasHint(el, PULL_HINTS),
  );
  if (candidates.length === 0) return [];
  // Each paragraph's key once, not once per candidate quote.
  const paragraphs = Array.from(root.querySelectorAll('p, li'))
    .filter((p) => !p.closest('blockquote, aside'))
    .map((p) => ({ p, key: compareKey(textOf(p)) }));
  const targets: Element[] = [];
  for (const quote of candidates) {
    if (targets.some((t) => within(quote, t))) continue;
    const key = compareKey(textOf(quote));
    if (key.length < MIN_CHARS) continue;
    const repeated = paragraphs.some(({ p, key: pk }) => pk.includes(key) && !within(p, quote) && !within(quote, p));
    if (repeated) targets.push(quote);
  }
  return removeBlocks(targets);
}

export const rule: CleanRule = { name: 'repeated-pull-quotes', post: apply };
