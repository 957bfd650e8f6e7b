/** Removal shared by every rule: outermost targets only, each removed once, its text reported. */
import { textOf } from './text';

export function removeBlocks(targets: Iterable<Element>): string[] {
  const list = [...new Set(targets)];
  const removed: string[] = [];
  for (const el of list) {
    if (!el.parentNode) continue;
    if (list.some((other) => other !== el && other.contains(el))) continue;
    removed.push(textOf(el));
    el.remove();
  }
  return removed;
}
