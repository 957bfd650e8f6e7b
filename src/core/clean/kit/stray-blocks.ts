/**
 * The sweep the line rules share (status-notices, video-promos, app-promos): the innermost blocks matching a
 * selector that hold text, and of those the ones `pick` takes, removed with their bare wrappers — unless it takes
 * every block there is: a body of nothing but such lines is all the page gave, and it is left as it is.
 */
import { leafMatches, withBareWrappers, type Structure } from './page-structure';
import type { RuleContext } from './rule';

export function removeStrayBlocks(
  root: Element,
  ctx: RuleContext,
  selector: string,
  pick: (el: Element, text: string, s: Structure) => boolean,
): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const blocks = leafMatches(root, selector).filter((el) => run.textOf(el));
  const picked = blocks.filter((el) => pick(el, run.textOf(el), s));
  if (picked.length === 0 || picked.length === blocks.length) return [];
  return run.removeBlocks(picked.map((el) => withBareWrappers(run, el, root, s)));
}
