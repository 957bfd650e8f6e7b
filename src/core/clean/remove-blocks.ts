/** Removal shared by every rule: outermost targets only, each removed once, its text reported. */
import { forgetText, textOf } from './text';

/** Bumped on every removal, so cached views of the tree (see page-structure) know when to refresh. */
let generation = 0;
export function treeGeneration(): number {
  return generation;
}

export function removeBlocks(targets: Iterable<Element>): string[] {
  const set = new Set(targets);
  const removed: string[] = [];
  for (const el of set) {
    if (!el.parentNode) continue;
    // Inside another target: its ancestors are looked up in the set (testing every other target was quadratic).
    if (insideAnother(el, set)) continue;
    removed.push(textOf(el));
    forgetText(el);
    el.remove();
    generation++;
  }
  return removed;
}

function insideAnother(el: Element, targets: Set<Element>): boolean {
  for (let cur = el.parentNode; cur; cur = cur.parentNode) if (targets.has(cur as Element)) return true;
  return false;
}

/** Tell the caches that el's subtree is about to change (a rule that inserts rather than removes). */
export function markChanged(el: Element): void {
  forgetText(el);
  generation++;
}
