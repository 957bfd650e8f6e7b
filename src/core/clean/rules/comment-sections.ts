/**
 * Comment sections and comment forms ("0 bình luận", "Ý kiến bạn đọc", "Comments", "Leave a reply"), even inside
 * the article container: a box led by a comment label, or carrying a comment class/id, confirmed by a form, a
 * comment label inside it, or its place after the article's last paragraph.
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import { isTrailing } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel } from '../kit/block-text';

const FORM = 'form, textarea, input:not([type="hidden"]), button';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const s = run.structureOf(root);
  const labels = ctx.cues.comments;
  const hasLabelInside = (el: Element) =>
    Array.from(el.querySelectorAll('h1,h2,h3,h4,h5,h6,p,span,div,a,b,strong,label,legend')).some((d) => {
      const len = rawLength(d);
      return len > 0 && len < 120 && isCueLabel(textOf(d), labels);
    });
  const boxes = findBoxes(run, root, s, {
    labels,
    hints: ctx.cues.classHints.comments,
    allowProse: true,
    maxChars: 30000,
    confirm(parts, text, via) {
      if (hasAny(parts, FORM)) return true;
      if (via === 'label') return isTrailing(parts[0]!, s);
      // A comment class alone is not enough: an empty widget, a labelled box, or one after the article.
      return text.length === 0 || hasLabelInside(parts[0]!) || isTrailing(parts[0]!, s);
    },
  });
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'comment-sections', post: apply };
