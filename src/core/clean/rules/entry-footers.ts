/**
 * The footer a blog engine's theme prints under an entry ("This entry was posted in News. Bookmark the permalink.",
 * "This entry was posted on … and is filed under … You can follow any responses to this entry through the RSS 2.0
 * feed.", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"), issue #18, all languages: a block of
 * its own after the body's last prose paragraph holding one of the theme's sentences (data: entryFooters). Such a
 * footer is often long enough to count as prose by its length, so "after the text" is after the last prose paragraph
 * that is not itself a footer. Inside the text, in code, in quotes, or as a long paragraph, the words stay.
 */
import { compareKey, containsCue, within } from '../kit/block-text';
import { insideTag, isProtected, withBareWrappers, type Structure } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

/** A footer is a few sentences; a longer block is someone writing about one. */
const MAX_CHARS = 500;
const BLOCKS = new Set(['P', 'DIV', 'SMALL', 'SPAN', 'FOOTER', 'SECTION', 'ADDRESS', 'H4', 'H5', 'H6', 'EM', 'I']);
const INLINE = new Set(['SPAN', 'SMALL', 'EM', 'I']);
const KEEP_INSIDE = new Set(['PRE', 'CODE', 'BLOCKQUOTE', 'TABLE', 'Q']);
/** Cues written without spaces (Japanese, Chinese) are looked for as they are, not as words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function isEntryFooter(text: string, cues: readonly string[]): boolean {
  if (text.length === 0 || text.length > MAX_CHARS) return false;
  if (containsCue(text, cues)) return true;
  const key = compareKey(text).replace(/\s+/g, '');
  return cues.some((c) => UNSPACED.test(c) && key.includes(compareKey(c).replace(/\s+/g, '')));
}

function afterText(el: Element, s: Structure, lastText: Element): boolean {
  if (within(lastText, el)) return false;
  return (s.order.get(el) ?? -1) > (s.order.get(lastText) ?? Infinity);
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const cues = ctx.cues.entryFooters;
  const s = run.structureOf(root);
  const lastText = [...s.prose].reverse().find((p) => !isEntryFooter(run.textOf(p), cues));
  if (!lastText) return [];
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BLOCKS.has(el.tagName) || run.rawLength(el) > MAX_CHARS * 6) continue;
    if (targets.some((t) => within(el, t)) || isProtected(el, root, s) || !afterText(el, s, lastText)) continue;
    if (!isEntryFooter(run.textOf(el), cues) || insideTag(el, root, KEEP_INSIDE)) continue;
    const line = withBareWrappers(run, el, root, s);
    // An inline element counts only as the whole of its line.
    if (line === el && INLINE.has(el.tagName)) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'entry-footers', post: apply };
