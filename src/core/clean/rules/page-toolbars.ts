/**
 * Print / e-mail / font-size toolbars ("Bản in", "Gửi email", "A-", "A+", "Lượt xem: 1.482"): a short block made of
 * two or more such controls and nothing else.
 */
import { isProtected } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel } from '../kit/block-text';

/** Font-size buttons have no words: "A-", "A+", "A", "aA". */
const BAR_TAGS = new Set(['DIV', 'P', 'UL', 'SPAN', 'NAV', 'SECTION', 'ASIDE']);
const FONT_BUTTON = /^[aA]{1,2}\s*[-+−]?$/;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const s = run.structureOf(root);
  const labels = [...ctx.cues.toolbar, ...ctx.cues.share];
  const isControl = (t: string) => FONT_BUTTON.test(t) || isCueLabel(t, labels, 12);
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BAR_TAGS.has(el.tagName)) continue;
    const len = rawLength(el);
    if (len === 0 || len > 300 || el.children.length < 2) continue;
    if (isProtected(el, root, s)) continue;
    const text = textOf(el);
    // Each child is one control; all children but at most one (a counter, a date) must be controls.
    const children = Array.from(el.children).map((c) => textOf(c)).filter(Boolean);
    const controls = children.filter(isControl).length;
    if (controls < 2 || controls < children.length - 1) continue;
    // Loose text between the controls must be separators only.
    let loose = '';
    for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) loose += n.nodeValue ?? '';
    if (/[\p{L}\p{N}]/u.test(loose) && !isControl(loose.trim())) continue;
    if (text.length > 200) continue;
    targets.push(el);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'page-toolbars', post: apply };
