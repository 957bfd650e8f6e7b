/**
 * The lead printed twice: the sapo and the first paragraph, with or without a "(Site) -" / "SITE —" dateline.
 * One copy stays: the fuller one (with its dateline), else the first. A lead is printed by two templates (the sapo
 * slot and the body), so copies that are plain siblings of one container with the same markup, or a text printed
 * three times or more, are the author's own repetition (a refrain, a listing of identical items) and all stay; so
 * do copies with another paragraph of prose between them (the two slots are printed one after the other).
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, within } from '../kit/block-text';
import { LEAD_MIN_CHARS, sameLead, withoutDateline } from '../kit/lead-text';

/** How many leading blocks can hold the two copies (sapo, photo caption, first paragraph…). */
const LEADING_BLOCKS = 8;
const LEAD_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'DIV', 'BLOCKQUOTE', 'STRONG', 'B', 'EM']);

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const blocks: { el: Element; text: string; key: string }[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LEAD_TAGS.has(el.tagName)) continue;
    if (blocks.length >= LEADING_BLOCKS) break;
    if (el.querySelector('p, div, h2, h3, h4, blockquote')) continue; // leaf blocks only
    const text = run.textOf(el);
    if (text.length < LEAD_MIN_CHARS) continue;
    if (blocks.some((b) => within(el, b.el) || within(b.el, el))) continue;
    blocks.push({ el, text, key: compareKey(withoutDateline(text)) });
  }
  const description = ctx.description ? compareKey(withoutDateline(ctx.description)) : '';
  const copies = new Map<string, number>();
  for (const b of blocks) copies.set(b.key, (copies.get(b.key) ?? 0) + 1);
  const targets: Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // Only the next long block: short furniture (a caption, a date) is not in `blocks` at all.
    for (let j = i + 1; j < Math.min(i + 2, blocks.length); j++) {
      const a = blocks[i]!;
      const b = blocks[j]!;
      if (targets.includes(a.el) || targets.includes(b.el)) continue;
      if ((copies.get(a.key) ?? 0) > 2 || (copies.get(b.key) ?? 0) > 2) continue;
      if (sameMarkupSiblings(a.el, b.el)) continue;
      if (!sameLead(a.key, b.key, description)) continue;
      // Keep the fuller copy (the dateline is information); on a tie, the first.
      targets.push(b.text.length > a.text.length ? a.el : b.el);
    }
  }
  return run.removeBlocks(targets);
}

/** Two blocks of one container with the same tag and class: one template printed them both. */
function sameMarkupSiblings(a: Element, b: Element): boolean {
  return a.parentElement === b.parentElement && a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');
}

export const rule: CleanRule = { name: 'repeated-lead', post: apply };
