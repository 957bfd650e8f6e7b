/**
 * Furniture between the headline and the body that Readability keeps: date/time lines ("17:45, 6 MAR 2024",
 * "Thứ năm, 16/3/2023, 18:20 (GMT+7)"), "By X | date" lines, rubrics ("Features · Climate"), the page's own reading
 * time ("Estimated reading time: 6 minutes", "5 phút đọc").
 * Only before the body's first paragraph (a standfirst above it stays); date lines also after the last one.
 */
import { isDateLine, nonDateWords } from '../kit/date-lines';
import { isBeforeBody, isProtected, isTrailing, withBareWrappers } from '../kit/page-structure';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { compareKey, containsCue, within } from '../kit/block-text';

const MAX_CHARS = 150;
const MAX_READING_TIME_CHARS = 60;
const MEDIA = 'img, picture, video, iframe, figure';
/** Rubric parts joined by a separator: "Features · Climate", "Thời sự › Dân sinh". */
const RUBRIC_SEPARATOR = /\s[·•›»|/]\s/;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const s = run.structureOf(root);
  const prefixes = ctx.cues.bylinePrefixes.map(compareKey);
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    const len = rawLength(el);
    if (len === 0 || len > MAX_CHARS * 4) continue;
    if (targets.some((t) => within(el, t)) || isProtected(el, root, s)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_CHARS) continue;
    const leading = isBeforeBody(el, s);
    if (!leading && !isTrailing(el, s)) continue;
    const kind = leading ? leadingKind(text, ctx, prefixes) : isDateLine(text, ctx.cues);
    if (!kind) continue;
    // The outermost element that is only this line.
    const line = withBareWrappers(run, el, root, s);
    if (line.querySelector(MEDIA)) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

function leadingKind(text: string, ctx: CleanContext, prefixes: string[]): boolean {
  if (isDateLine(text, ctx.cues)) return true;
  // The page's own reading time ("Estimated reading time: 6 minutes"): the reader shows its own.
  if (text.length <= MAX_READING_TIME_CHARS && /\d/.test(text) && containsCue(text, ctx.cues.readingTime)) return true;
  const key = compareKey(text);
  // "By HNN Staff | November 18, 2019 at 2:26 PM": a byline prefix, a short name, a date.
  if (/\d/.test(text) && prefixes.some((p) => key.startsWith(`${p} `)) && nonDateWords(text, ctx.cues).length <= 6) return true;
  if (text.length > 40) return false;
  const parts = text.split(RUBRIC_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

export const rule: CleanRule = { name: 'leading-furniture', post: apply };
