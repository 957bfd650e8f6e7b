/**
 * The site's copyright notice left under the text ("© 2020 CBS Interactive Inc. All Rights Reserved.", "Materiał
 * chroniony prawem autorskim - wszelkie prawa zastrzeżone. …", "Copyright © Hassanchef 2020"), issue #18, all
 * languages. A short block of its own after the body's last prose paragraph that carries the © sign, an opening
 * "Copyright" / "(c) <year>", or one of the language's reserved-rights phrases (data: copyrightNotices). Only after the
 * text: a notice that heads a document (an RFC's "Copyright Notice" section) or a title line signed "© 2003" stays,
 * and so does code and anything in a list or a table.
 */
import { containsCue, within } from '../kit/block-text';
import { insideTag, isProtected, withBareWrappers, type Structure } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

/** A notice is a line or two; a longer block is someone's text about copyright. */
const MAX_CHARS = 250;
const BLOCKS = new Set(['P', 'DIV', 'SMALL', 'SPAN', 'FOOTER', 'ADDRESS', 'SECTION', 'H4', 'H5', 'H6', 'EM', 'I', 'B', 'STRONG']);
const INLINE = new Set(['SPAN', 'SMALL', 'EM', 'I', 'B', 'STRONG']);
const KEEP_INSIDE = new Set(['PRE', 'CODE', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGCAPTION']);
/**
 * The sign opening the line or dated ("© Shabka 2019", "Royal Road® © 2013-2020", "photos © Inexhibit, 2018"), the word opening the notice
 * ("Copyright 2022", "copyright (c) 2000"), or "(c) 2014". Not a © inside a sentence ("a manifesto™© we just …").
 */
const SIGN = /^[^\p{L}\p{N}]*©|©[^.!?]{0,40}?\b(?:19|20)\d{2}\b|^\s*copyright\b|\(c\)\s*(?:19|20)\d{2}/iu;

export function isCopyrightNotice(text: string, cues: readonly string[]): boolean {
  return text.length > 0 && text.length <= MAX_CHARS && (SIGN.test(text) || containsCue(text, cues));
}

/**
 * Whether el comes after the body's last prose paragraph that is not itself a notice: a notice of 120 characters or
 * more ("Copyright 2017 The Associated Press. All rights reserved. This material may not be published …") counts
 * as prose by length, and must not be what keeps itself in.
 */
function afterText(el: Element, s: Structure, lastText: Element | undefined): boolean {
  if (!lastText) return true;
  if (within(lastText, el)) return false;
  return (s.order.get(el) ?? -1) > (s.order.get(lastText) ?? Infinity);
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const lastText = [...s.prose].reverse().find((p) => !isCopyrightNotice(run.textOf(p), ctx.cues.copyrightNotices));
  if (!lastText) return [];
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BLOCKS.has(el.tagName) || run.rawLength(el) > MAX_CHARS * 4) continue;
    if (targets.some((t) => within(el, t)) || isProtected(el, root, s) || !afterText(el, s, lastText)) continue;
    const text = run.textOf(el);
    if (!isCopyrightNotice(text, ctx.cues.copyrightNotices) || insideTag(el, root, KEEP_INSIDE)) continue;
    const line = withBareWrappers(run, el, root, s);
    // An inline element counts only as the whole of its line, never as part of a sentence.
    if (line === el && INLINE.has(el.tagName)) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'copyright-lines', post: apply };
