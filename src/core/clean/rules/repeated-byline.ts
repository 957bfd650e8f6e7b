/**
 * The byline printed twice in the body ("By Marcus Feld" at the top and "Marcus Feld" at the bottom): the UI shows
 * the byline, so at most one line stays — the one alone at the end of the body, as Vietnamese papers sign.
 */
import type { TextReader } from '../kit/text-reader';
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, within } from '../kit/block-text';

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

function apply(root: Element, ctx: RuleContext): string[] {
  if (!ctx.byline || compareKey(ctx.byline).length < 3) return [];
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const keys = new Set(bylineKeys(ctx.byline, ctx.cues.bylinePrefixes));
  const maxLen = ctx.byline.length + 40;
  const lastWord = compareKey(ctx.byline).split(' ').pop() ?? '';
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
    // A name inside a caption or sentence ("Ảnh: <em>Đức Hùng</em>") is not a byline line.
    if (line.parentElement && line.parentElement !== root && INLINE.test(line.tagName)) continue;
    lines.push(line);
  }
  if (lines.length === 0) return [];
  const last = lines[lines.length - 1]!;
  const keep = isLastText(run, root, last) ? last : null;
  return run.removeBlocks(lines.filter((l) => l !== keep));
}

/** Nothing with text follows el under root. */
function isLastText(run: TextReader, root: Element, el: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) if (run.textOf(sib)) return false;
  }
  return true;
}

export const rule: CleanRule = { name: 'repeated-byline', post: apply };
