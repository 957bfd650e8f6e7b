/**
 * Calls to action at the edges of the body: "Follow Newsbeat on Instagram…", "Join our forums…", "Like this story?
 * Share it with a friend", "Sign up for our free daily newsletter". A short block at the very end of the body (or
 * at its very start) that carries such a phrase, or an action verb with a channel ("follow" + "Twitter"), is
 * removed, and so is the one before it if it is one too.
 * In the middle of the body the bar is higher, since a sentence there that mentions following or Twitter is
 * reporting: a line of its own (not a heading over a section, a step of a numbered list or a quotation) whose sentence opens with
 * one of the phrases ("Werden Sie Mitglied … und erhalten Sie exklusive Angebote!", "Szukasz lokalu? Zobacz
 * oferty …"), never the verb-and-channel pair, nor a pointer to a link ("Click here to download the report"), which
 * there is the article's own.
 */
import { isProse, leafMatches, withBareWrappers } from '../kit/page-structure';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { containsCue, labelKey } from '../kit/block-text';
import type { LanguageCues } from '../../lang/clean-cue-types';

const MAX_CTA_CHARS = 240;
/** Blocks looked at from each edge of the body. */
const EDGE_BLOCKS = 3;
const BLOCKS = 'p, div, li, h2, h3, h4, h5, h6';
/** A prompt in the middle of the body is one line: longer, it is the article's paragraph. */
const MAX_MIDDLE_CHARS = 160;
/** Quotation marks: a prompt inside them is someone's words, reported. */
const QUOTES = /["“”„«»]/;
const HEADING = /^h[1-6]$/;

export function isCallToAction(text: string, ctx: CleanContext): boolean {
  if (text.length > MAX_CTA_CHARS) return false;
  const cues = ctx.cues;
  if (containsCue(text, cues.callsToAction)) return true;
  // A verb and a channel: the verb must open a sentence (an imperative), not sit in reporting ("would follow up").
  if (!containsCue(text, cues.ctaChannels)) return false;
  const verbs = cues.ctaVerbs.map(labelKey);
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    const key = labelKey(sentence);
    return verbs.some((v) => key === v || key.startsWith(`${v} `));
  });
}

/** The phrases that make a prompt in the middle of the body, as label keys: the calls to action but the link pointers. */
function middlePromptKeys(cues: LanguageCues): string[] {
  const links = new Set(cues.linkPrompts.map(labelKey));
  return cues.callsToAction.map(labelKey).filter((key) => key && !links.has(key));
}

/**
 * A line in the middle of the body that is the publication's prompt: one of its sentences opens with a phrase. A
 * heading counts only when its section, up to the next heading of its rank or above, holds no prose paragraph
 * ("Artikel gefallen? Vergiss nicht zu teilen!" as an <h4> over a newsletter box): over prose it names a section.
 */
function isMiddlePrompt(el: Element, text: string, keys: readonly string[], headsProse: () => boolean): boolean {
  if (text.length > MAX_MIDDLE_CHARS || QUOTES.test(text) || el.closest('ol, blockquote')) return false;
  const prompt = text.split(/(?<=[.!?。！？])\s*/).some((sentence) => {
    const key = labelKey(sentence);
    return keys.some((k) => key === k || key.startsWith(`${k} `));
  });
  return prompt && !(HEADING.test(el.localName) && headsProse());
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const blocks = leafMatches(root, BLOCKS).filter((el) => textOf(el));
  // A short body is judged too (a tip of two paragraphs and its login prompt); one block alone is all the page gave.
  if (blocks.length < 2) return [];
  const found = new Set<Element>();
  const take = (order: Element[]) => {
    for (const el of order.slice(0, EDGE_BLOCKS)) {
      if (!isCallToAction(textOf(el), ctx)) break;
      found.add(el);
    }
  };
  take([...blocks].reverse());
  take(blocks);
  const keys = middlePromptKeys(ctx.cues);
  const headsProse = (i: number) => () => {
    const rank = blocks[i]!.localName;
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (HEADING.test(b.localName) && b.localName <= rank) return false;
      if (isProse(run, b)) return true;
    }
    return false;
  };
  blocks.forEach((el, i) => {
    if (!found.has(el) && isMiddlePrompt(el, textOf(el), keys, headsProse(i))) found.add(el);
  });
  // A body of calls to action alone is not cleaned away: something that is not one must stay.
  if (found.size === 0 || blocks.every((el) => found.has(el) || isCallToAction(textOf(el), ctx))) return [];
  const s = run.structureOf(root);
  return run.removeBlocks([...found].map((el) => withBareWrappers(run, el, root, s)));
}

export const rule: CleanRule = { name: 'calls-to-action', post: apply };
