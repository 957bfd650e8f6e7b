/**
 * A publication's appeal for reader contributions at the end of an article ("… we have a small favour to ask …",
 * "Support our journalism", "Unterstützen Sie unseren Journalismus", "Apoya nuestro periodismo"): among the last
 * blocks of the body, the first that carries an appeal phrase addressed to the reader goes, with every block after
 * it (the rest of the appeal, its button, its payment options). An appeal asks for an action: it holds a link or a
 * button. Not when a block of it is long, when a block quotes someone (a source asking for support is reporting),
 * or when it would take more than a third of the body.
 */
import { containsCue } from '../kit/block-text';
import { leafMatches, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

/** Blocks looked at from the end of the body. */
const TAIL_BLOCKS = 6;
const MAX_BLOCK_CHARS = 700;
const MAX_SHARE = 1 / 3;
const BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, blockquote';
const QUOTE_MARKS = /["“”„«»‘’‚‹›「」『』]/;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const blocks = leafMatches(root, BLOCKS).filter((el) => textOf(el));
  if (blocks.length <= TAIL_BLOCKS / 2) return [];
  const tail = blocks.slice(-TAIL_BLOCKS);
  const start = tail.findIndex((el) => containsCue(textOf(el), ctx.cues.supportAppeals) && !QUOTE_MARKS.test(textOf(el)));
  if (start < 0) return [];
  const appeal = tail.slice(start);
  const chars = (els: Element[]) => els.reduce((n, el) => n + textOf(el).length, 0);
  if (appeal.some((el) => textOf(el).length > MAX_BLOCK_CHARS || QUOTE_MARKS.test(textOf(el)))) return [];
  if (chars(appeal) > MAX_SHARE * chars(blocks)) return [];
  // An appeal's box (its button sits beside the paragraphs, outside any block) goes whole when it holds nothing else.
  const inAppeal = new Set(appeal);
  const boxes = new Set(appeal.map((el) => {
    const box = el.parentElement;
    const others = box && box !== root ? leafMatches(box, BLOCKS).filter((b) => textOf(b) && !inAppeal.has(b)) : null;
    return box && others?.length === 0 ? box : el;
  }));
  const units = [...boxes].filter((el) => ![...boxes].some((other) => other !== el && other.contains(el)));
  const actionable = (el: Element) => el.localName === 'a' || el.getElementsByTagName('a').length > 0 || el.getElementsByTagName('button').length > 0;
  if (!units.some(actionable)) return [];
  const s = run.structureOf(root);
  return run.removeBlocks(units.map((el) => withBareWrappers(run, el, root, s)));
}

export const rule: CleanRule = { name: 'support-appeals', post: apply };
