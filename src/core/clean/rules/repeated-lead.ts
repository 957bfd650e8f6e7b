/**
 * The lead printed twice: the sapo and the first paragraph, with or without a "(Site) -" / "SITE —" dateline.
 * One copy stays: the fuller one (with its dateline), else the first.
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, within } from '../kit/block-text';

/**
 * "(Baothanhhoa.vn) - ", "STNN - ", "HÀ NỘI — ", "BEN TRE, Viet Nam, 14 May 2024 – ": a parenthesised source, or
 * a short prefix opening with an upper-case word (so "Hệ thống dân vận, MTTQ - …" is no dateline).
 */
// The upper-case word is read up to 41 characters (what follows it may take 45 more): unbounded, a block opening
// with a long upper-case run had each of its characters tried against the 45 after it.
const DATELINE = /^\s*(?:\([^()]{2,40}\)|[\p{Lu}\d][\p{Lu}\d.]{1,40}(?!\p{Ll})[^.!?–—-]{0,45}?)\s*[-–—]\s+/u;
/** How many leading blocks can hold the two copies (sapo, photo caption, first paragraph…). */
const LEADING_BLOCKS = 8;
const MIN_CHARS = 60;
const LEAD_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'DIV', 'BLOCKQUOTE', 'STRONG', 'B', 'EM']);

export function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m && text.length - m[0].length >= MIN_CHARS ? text.slice(m[0].length) : text;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const blocks: { el: Element; text: string; key: string }[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LEAD_TAGS.has(el.tagName)) continue;
    if (blocks.length >= LEADING_BLOCKS) break;
    if (el.querySelector('p, div, h2, h3, h4, blockquote')) continue; // leaf blocks only
    const text = run.textOf(el);
    if (text.length < MIN_CHARS) continue;
    if (blocks.some((b) => within(el, b.el) || within(b.el, el))) continue;
    blocks.push({ el, text, key: compareKey(withoutDateline(text)) });
  }
  const description = ctx.description ? compareKey(withoutDateline(ctx.description)) : '';
  const targets: Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    for (let j = i + 1; j < blocks.length; j++) {
      const a = blocks[i]!;
      const b = blocks[j]!;
      if (targets.includes(a.el) || targets.includes(b.el)) continue;
      if (!sameLead(a.key, b.key, description)) continue;
      // Keep the fuller copy (the dateline is information); on a tie, the first.
      targets.push(b.text.length > a.text.length ? a.el : b.el);
    }
  }
  return run.removeBlocks(targets);
}

/** Equal, or one the start of the other (a sapo cut short), once datelines are set aside. */
export function sameLead(a: string, b: string, description: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < MIN_CHARS) return false;
  if (long.startsWith(short) && short.length >= long.length * 0.6) return true;
  return !!description && description === short && long.startsWith(short);
}

export const rule: CleanRule = { name: 'repeated-lead', post: apply };
