/**
 * The end matter of a press release: the "###" / "-30-" / "- ENDS -" marker, the "About <Company>" boilerplate
 * (a heading whose next paragraph opens with that name) and "Media contacts" / "Notes to editors" sections.
 * Only at the end: a section counts when no paragraph of prose follows it outside other such sections.
 */
import type { CleanRun } from '../kit/run';
import type { TextReader } from '../kit/text-reader';
import { isProse } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, isCueLabel, within } from '../kit/block-text';

const END_MARKER = /^(?:(?:#\s*){3}|-+\s*30\s*-+|-*\s*ends?\s*-*|-+\s*end\s*-+)$/i;
const HEADING = /^H[1-6]$/;
const LABEL_MAX = 80;
/** Paragraphs an "About <Company>" section may have (a longer run is the article's own). */
const ABOUT_BLOCKS = 2;
/** The share of the body an end marker may cut off (the matter after it is short). */
const MAX_TAIL_SHARE = 0.4;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const labels = ctx.cues.pressSections;
  const stems = labels.map(compareKey).sort((a, b) => b.length - a.length);
  const sections: Element[][] = [];
  const taken = (el: Element) => sections.some((sec) => sec.some((p) => p === el || within(el, p)));
  for (const el of run.elementsUnder(root)) {
    if (!isLabelBlock(run, el) || taken(el)) continue;
    const text = textOf(el);
    const body = followingUntilHeading(run, el, labels);
    if (isCueLabel(text, labels)) {
      // "Media contacts" and the like: short lines, no prose.
      if (body.some((b) => isProse(run, b))) continue;
      sections.push([el, ...body]);
      continue;
    }
    // "About <Company>": the next block opens with the company's name.
    const key = compareKey(text);
    const stem = stems.find((st) => key.startsWith(`${st} `));
    if (!stem || !body[0]) continue;
    const name = key.slice(stem.length + 1);
    if (isNameOpening(text, stem, name, compareKey(textOf(body[0])))) sections.push([el, ...body.slice(0, ABOUT_BLOCKS)]);
  }
  // Keep the sections that nothing but other sections follows.
  const inSections = (el: Element) => sections.some((sec) => sec.some((p) => p === el || within(el, p)));
  const kept = sections.filter((sec) => {
    const at = s.order.get(sec[0]!) ?? Infinity;
    return s.prose.every((p) => (s.order.get(p) ?? -1) < at || inSections(p));
  });
  const targets = kept.flat();
  targets.push(...endMarkers(run, root, s.order));
  return run.removeBlocks(targets);
}

/** "About Corvina Systems" over "Corvina Systems ASA develops …": a proper name (not "About the library") opening the next block. */
function isNameOpening(heading: string, stem: string, name: string, next: string): boolean {
  const words = heading.trim().split(/\s+/);
  const first = words[stem.split(' ').length] ?? '';
  if (!/^[\p{Lu}\d]|^\p{Ll}+\d/u.test(first) || name.length < 2) return false;
  const head = name.split(' ')[0]!;
  return next.startsWith(`${name} `) || (head.length >= 4 && next.startsWith(`${head} `));
}

function isLabelBlock(run: TextReader, el: Element): boolean {
  const { rawLength, textOf } = run;
  if (!HEADING.test(el.tagName) && el.tagName !== 'P' && el.tagName !== 'STRONG' && el.tagName !== 'B') return false;
  if (rawLength(el) > LABEL_MAX * 4) return false;
  const text = textOf(el);
  if (!text || text.length > LABEL_MAX) return false;
  if (HEADING.test(el.tagName)) return true;
  // A bold line standing alone as a heading.
  const bold = el.tagName === 'P' ? el.querySelector('strong, b') : el;
  return !!bold && textOf(bold) === text;
}

/** The siblings after a label up to the next heading (a heading that is another press label ends it too). */
function followingUntilHeading(run: TextReader, label: Element, labels: readonly string[]): Element[] {
  const out: Element[] = [];
  const start = label.tagName === 'STRONG' || label.tagName === 'B' ? (label.parentElement ?? label) : label;
  for (let sib = start.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (HEADING.test(sib.tagName) || (isLabelBlock(run, sib) && isCueLabel(run.textOf(sib), labels))) break;
    out.push(sib);
  }
  return out;
}

/** An end marker and everything after it, when that is a short tail of the body. */
function endMarkers(run: CleanRun, root: Element, order: Map<Element, number>): Element[] {
  const { textOf } = run;
  const total = textOf(root).length;
  for (const el of run.elementsUnder(root)) {
    if (el.children.length > 0 || !END_MARKER.test(textOf(el))) continue;
    const tail: Element[] = [el];
    for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
      for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) tail.push(sib);
    }
    const tailChars = tail.reduce((n, t) => n + textOf(t).length, 0);
    if ((order.get(el) ?? 0) > 0 && tailChars <= MAX_TAIL_SHARE * total) return tail;
  }
  return [];
}

export const rule: CleanRule = { name: 'press-boilerplate', post: apply };
