/**
 * Related-news boxes inside the body ("Tin liên quan", "Xem thêm", "Related stories", "Read more: …"): a related
 * label over links, or a related class over a box that is mostly links. A prose paragraph that starts with
 * "Read more about this in …" is not a label and stays.
 */
import { findBoxes, linkedChars } from '../kit/furniture-box';
import { isProtected } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel } from '../kit/block-text';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const labels = ctx.cues.related;
  const boxes = findBoxes(run, root, s, {
    labels,
    slack: 30,
    hints: ctx.cues.classHints.related,
    maxChars: 1500,
    confirm(parts, text, via) {
      const links = parts.reduce((n, p) => n + (p.tagName === 'A' ? 1 : p.querySelectorAll('a').length), 0);
      if (links === 0) return false;
      if (via === 'hint' && links < 2) return false;
      // Beyond the label, the box is links (headlines), perhaps with dates.
      const label = textOf(parts[0]!);
      const restChars = Math.max(0, text.length - (via === 'label' ? label.length : 0));
      return restChars === 0 || linkedChars(run, parts) >= 0.5 * restChars;
    },
  });
  // Inline "Read more: <a>headline</a>" / "Xem thêm: <a>…</a>" lines inside the body (one inside a box found
  // above goes with the box: removeBlocks takes the outermost targets only).
  for (const el of run.elementsUnder(root)) {
    if (el.tagName !== 'P' && el.tagName !== 'DIV' && el.tagName !== 'LI') continue;
    if (isProtected(el, root, s)) continue;
    const text = textOf(el);
    if (text.length > 250 || !el.querySelector('a')) continue;
    const head = text.split(/[:»›>|–—-]/)[0] ?? '';
    if (head === text || !isCueLabel(head, labels)) continue;
    if (run.linkDensity(el, text) >= 0.6) boxes.push(el);
  }
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'related-links', post: apply };
