/**
 * The byline printed again in the body ("By Marcus Feld" at the top, "Marcus Feld" as the last line): the reader's
 * header shows the byline, so a copy in the text only repeats it.
 *
 * When the closing copy is redundant: Vietnamese papers (and many columns) sign at the end on purpose, and print no
 * byline above the text; there the closing line is the page's one signature and stays where the paper put it. When
 * the page also prints the byline before the body (beside the headline, where the reader's header now stands), the
 * closing line is a second copy and goes. The pre phase decides this on the whole page, since Readability drops most
 * header bylines before the post phase could see them; the post phase decides it again on the body (a header byline
 * inside Readability's pick) and removes every other copy.
 */
import type { TextReader } from '../kit/text-reader';
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, within } from '../kit/block-text';
import { isBeforeBody, type Structure } from '../kit/page-structure';

const INLINE = /^(EM|I|A|SPAN|B|STRONG|SMALL|CITE|U|FONT|TIME)$/;

export function bylineKeys(byline: string, prefixes: readonly string[]): string[] {
  const key = compareKey(byline);
  const keys = new Set([key]);
  for (const p of prefixes) {
    const pk = compareKey(p);
    keys.add(`${pk} ${key}`);
    if (key.startsWith(`${pk} `)) keys.add(key.slice(pk.length + 1));
  }
  return [...keys].filter(Boolean);
}

/** The lines under root that are only the byline (with or without its prefix), outermost element of each. */
function bylineLines(root: Element, ctx: RuleContext, byline: string): Element[] {
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const keys = new Set(bylineKeys(byline, ctx.cues.bylinePrefixes));
  const maxLen = byline.length + 40;
  const lastWord = compareKey(byline).split(' ').pop() ?? '';
  const lines: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    const len = rawLength(el);
    if (len === 0 || len > maxLen) continue;
    if (lines.some((l) => within(el, l))) continue;
    const text = textOf(el);
    // Cheap test first: the name's last word must be there before the text is normalised.
    if (!text.toLowerCase().includes(lastWord) || !keys.has(compareKey(text))) continue;
    // The outermost element that is only the byline.
    let line = el;
    while (line.parentElement && line.parentElement !== root && keys.has(compareKey(textOf(line.parentElement)))) line = line.parentElement;
    if (line.querySelector('img, picture, figure')) continue;
    // "© Reuters" is the wire's copyright notice, not its byline.
    if (text.includes('©')) continue;
    // A name inside a caption or sentence ("Ảnh: <em>Đức Hùng</em>") is not a byline line.
    if (line.parentElement && line.parentElement !== root && INLINE.test(line.tagName)) continue;
    lines.push(line);
  }
  return lines;
}

function post(root: Element, ctx: RuleContext): string[] {
  if (!ctx.byline || compareKey(ctx.byline).length < 3) return [];
  const { run } = ctx;
  const lines = bylineLines(root, ctx, ctx.byline);
  if (lines.length === 0) return [];
  const s = run.structureOf(root);
  const last = lines[lines.length - 1]!;
  const signature = isLastText(run, root, last) && !lines.some((l) => l !== last && isBeforeBody(l, s));
  return run.removeBlocks(lines.filter((l) => !(signature && l === last)));
}

/** On the whole page: the closing copy of a byline the page also prints above its body. */
function pre(root: Element, ctx: RuleContext): string[] {
  if (!ctx.byline || compareKey(ctx.byline).length < 3) return [];
  const { run } = ctx;
  const s = run.structureOf(root);
  if (!s.core || !s.bodyStart) return [];
  const lines = bylineLines(root, ctx, ctx.byline);
  if (lines.length < 2 || !lines.some((l) => isBeforeBody(l, s))) return [];
  const closing = lines[lines.length - 1]!;
  return isClosingLine(run, closing, s) ? run.removeBlocks([closing]) : [];
}

/** el follows the last prose paragraph of the body, inside the body's own container, and no prose follows it there. */
function isClosingLine(run: TextReader, el: Element, s: Structure): boolean {
  const core = s.core!;
  const box = core.parentElement ?? core;
  if (!within(el, box)) return false;
  const ownProse = s.prose.filter((p) => within(p, box));
  const lastProse = ownProse[ownProse.length - 1];
  if (!lastProse || within(lastProse, el)) return false;
  return (s.order.get(el) ?? -1) > (s.order.get(lastProse) ?? Infinity) && run.textOf(el).length > 0;
}

/** Nothing with text follows el under root. */
function isLastText(run: TextReader, root: Element, el: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) if (run.textOf(sib)) return false;
  }
  return true;
}

export const rule: CleanRule = { name: 'repeated-byline', pre, post };
