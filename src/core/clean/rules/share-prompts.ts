/** Share and social prompts ("Chia sẻ thông tin với bạn bè!", "Share this page"): labels over buttons and links. */
import { findBoxes, linkedChars } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';
import { collapse, isCueLabel } from '../kit/block-text';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const labels = ctx.cues.share;
  const boxes = findBoxes(run, root, s, {
    labels,
    slack: 12,
    hints: ctx.cues.classHints.share,
    maxChars: 300,
    confirm(parts, text) {
      // What is not a share label is link text (network names) or a few words.
      const rest = restWithoutLabels(parts, labels);
      return rest.length <= 40 || linkedChars(run, parts) >= 0.6 * text.length;
    },
  });
  return run.removeBlocks(boxes);
}

function restWithoutLabels(parts: Element[], labels: readonly string[]): string {
  let rest = '';
  for (const p of parts) {
    for (const node of Array.from(p.querySelectorAll('*')).concat(p)) {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType !== 3) continue;
        const t = (child.nodeValue ?? '').trim();
        if (t && !isCueLabel(t, labels, 12)) rest += `${t} `;
      }
    }
  }
  return collapse(rest);
}

export const rule: CleanRule = { name: 'share-prompts', post: apply };
