/**
 * A paywall's offer where the text is cut (issue #18, all languages): "To view the full story, please subscribe to
 * … You can choose a $60 Annual Subscription …", then the benefits of joining, then the welcome gift. The notice
 * that opens it is a sentence opening with one of the language's paywall phrases (data: paywallNotices; "readers
 * who pay to read the full story" is reporting); the text has ended there, so the
 * notice and every block after it go, when they sit among the body's last blocks, come after some of its prose,
 * and are short together. A notice with the text going on after it (a preview's inline box) is left to
 * calls-to-action, which takes the notice alone at an edge.
 */
import { labelKey } from '../kit/block-text';
import { leafMatches, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, blockquote';
/** How many of the body's last blocks the notice may stand among. */
const LAST_BLOCKS = 6;
/** A notice is a line or two. */
const MAX_NOTICE_CHARS = 300;
/** The offer after the notice: a few paragraphs at most; more is text. */
const MAX_TAIL_CHARS = 1500;

/** A sentence of text opens with a paywall phrase. */
function opensWithNotice(text: string, cues: readonly string[]): boolean {
  const keys = cues.map(labelKey);
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    const key = labelKey(sentence);
    return keys.some((c) => key === c || key.startsWith(`${c} `));
  });
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const cues = ctx.cues.paywallNotices;
  const blocks = leafMatches(root, BLOCKS).filter((el) => run.textOf(el));
  const s = run.structureOf(root);
  const from = Math.max(1, blocks.length - LAST_BLOCKS);
  for (let i = from; i < blocks.length; i++) {
    const text = run.textOf(blocks[i]!);
    if (text.length > MAX_NOTICE_CHARS || !opensWithNotice(text, cues)) continue;
    const tail = blocks.slice(i);
    if (tail.reduce((n, el) => n + run.textOf(el).length, 0) > MAX_TAIL_CHARS) return [];
    // Some of the text must come before the cut: a page of nothing but the offer is left as it is.
    const first = s.prose[0];
    if (!first || !blocks.slice(0, i).some((el) => el === first || first.contains(el) || el.contains(first))) return [];
    return run.removeBlocks(tail.map((el) => withBareWrappers(run, el, root, s)));
  }
  return [];
}

export const rule: CleanRule = { name: 'paywall-pitches', post: apply };
