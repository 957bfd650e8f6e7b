/** Selector answers for the rules that must not walk a whole page with a selector query (Node DOMs do). */
import type { CleanContext } from './rule';
import { within } from './block-text';

/**
 * The elements under root matching `selector`, in document order: from the pipeline's page index when the context
 * has one (the pre phase), else by a query on root. The index describes the page before cleaning, so what has been
 * removed since is dropped by checking it is still under root.
 */
export function matchesUnder(root: Element, ctx: CleanContext, selector: string): Element[] {
  if (!ctx.page) return Array.from(root.querySelectorAll(selector));
  return ctx.page.query.all(selector).filter((el) => within(el, root));
}
