/**
 * Removal shared by every rule: outermost targets only, each removed once, its text reported. A link inside running
 * prose is never cut out of its sentence: it loses its element and keeps its text, and nothing is reported.
 */
import { isLinkInProse, keepText } from './link-in-prose';
import type { TextReader } from './text-reader';

export interface Removal {
  /**
   * Removes the outermost of the targets still in the tree; returns the text of each (untruncated). A target that is
   * a link inside running prose is replaced by its text instead, and not returned.
   */
  removeBlocks(targets: Iterable<Element>): string[];
  /** Tell the run that el's subtree is about to change (a rule that inserts or rewraps rather than removes). */
  markChanged(el: Element): void;
  /** Bumped on every removal or change, so the run's views of the tree (tree-views.ts) know when to refresh. */
  generation(): number;
}

export function removal(text: TextReader): Removal {
  let generation = 0;
  return {
    removeBlocks(targets) {
      const set = new Set(targets);
      const removed: string[] = [];
      for (const el of set) {
        if (!el.parentNode) continue;
        // Inside another target: its ancestors are looked up in the set (testing every other target was quadratic).
        if (insideAnother(el, set)) continue;
        if (isLinkInProse(text, el)) {
          text.forgetText(el);
          keepText(el);
          generation++;
          continue;
        }
        removed.push(text.textOf(el));
        text.forgetText(el);
        el.remove();
        generation++;
      }
      return removed;
    },
    markChanged(el) {
      text.forgetText(el);
      generation++;
    },
    generation: () => generation,
  };
}

function insideAnother(el: Element, targets: Set<Element>): boolean {
  for (let cur = el.parentNode; cur; cur = cur.parentNode) if (targets.has(cur as Element)) return true;
  return false;
}
