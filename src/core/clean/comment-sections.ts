/**
 * Comment sections and comment forms ("0 bình luận", "Ý kiến bạn đọc", "Comments", "Leave a reply"), even inside
 * the article container: a box led by a comment label, or carrying a comment class/id, confirmed by a form, a
 * comment label inside it, or its place after the article's last paragraph.
 */
import { findBoxes, hasAny } from './furniture-box';
import { isTrailing, structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { isCueLabel, rawLength, textOf } from './text';

const FORM = 'form, textarea, input:not([type="hidden"]), button';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const labels = ctx.cues.comments;
  const hasLabelInside = (el: Element) =>
    Array.from(el.querySelectorAll('h1,h2,h3,h4,h5,h6,p,span,div,a,b,strong,label,legend')).some((d) => {
      const len = rawLength(d);
      return len > 0 && len < 120 && isCueLabel(textOf(d), labels);
    });
  const boxes = findBoxes(root, s, {
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
  return removeBlocks(boxes);
}

/** Before Readability: reader comments are prose, and could otherwise be scored as the article. */
export const preRule: CleanRule = { name: 'comment-sections', phase: 'pre', apply };
export const rule: CleanRule = { name: 'comment-sections', phase: 'post', apply };
