/** Removal shared by every rule: outermost targets only, each removed once, its text reported. */
import { forgetText, textOf, within } from './text';

/** Bumped on every removal, so cached views of the tree (see page-structure) know when to refresh. */
let generation = 0;
export function treeGeneration(): number {
  return generation;
}

export function removeBlocks(targets: Iterable<Element>): string[] {
  const list = [...new Set(targets)];
  const removed: string[] = [];
  for (const el of list) {
    if (!el.parentNode) continue;
    if (list.some((other) => other !== el && within(el, other))) continue;
    removed.push(textOf(el));
    forgetText(el);
    el.remove();
    generation++;
  }
  return removed;
}

/** Tell the caches that el's subtree is about to change (a rule that inserts rather than removes). */
export function markChanged(el: Element): void {
  forgetText(el);
  generation++;
}
