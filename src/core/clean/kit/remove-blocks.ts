/** Removal shared by every rule: outermost targets only, each removed once, its text reported. */
import type { TextReader } from './text-reader';
import { within } from './block-text';

export interface Removal {
  /** Removes the outermost of the targets still in the tree; returns the text of each (untruncated). */
  removeBlocks(targets: Iterable<Element>): string[];
  /** Tell the run that el's subtree is about to change (a rule that inserts or rewraps rather than removes). */
  markChanged(el: Element): void;
  /** Bumped on every removal or change, so the run's views of the tree (kit-tree-views.ts) know when to refresh. */
  generation(): number;
}

export function removal(text: TextReader): Removal {
  let generation = 0;
  return {
    removeBlocks(targets) {
      const list = [...new Set(targets)];
      const removed: string[] = [];
      for (const el of list) {
        if (!el.parentNode) continue;
        if (list.some((other) => other !== el && within(el, other))) continue;
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
