/**
 * Navigation that Readability keeps at the edges of the body: breadcrumbs and lists made only of short links
 * ("Thời sự › Dân sinh", a "more stories" list with no label) before the first or after the last paragraph.
 * A list of links in the middle of the article (sources, resources) stays. Also in-page skip links.
 */
import { isLeading, isProtected, isTrailing, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel, within } from '../kit/block-text';

const NAV_HINTS = ['breadcrumb', 'breadcrumbs', 'crumbs', 'nav', 'navigation', 'menu', 'pagination'];
const SHORT_LINK = 120;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const targets: Element[] = [];
  // In-page skip links ("Skip to content", "Skip navigation"): they lead nowhere in a reader.
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (!(a.getAttribute('href') ?? '').startsWith('#') || !isCueLabel(textOf(a), ctx.cues.toolbar)) continue;
    targets.push(withBareWrappers(run, a, root, s));
  }
  for (const list of run.elementsUnder(root)) {
    if (list.tagName !== 'UL' && list.tagName !== 'OL' && list.tagName !== 'NAV') continue;
    if (isProtected(list, root, s) || targets.some((t) => within(list, t))) continue;
    const items = list.tagName === 'NAV' ? Array.from(list.querySelectorAll('a')) : Array.from(list.children);
    if (items.length === 0) continue;
    const onlyLinks = items.every((item) => {
      const text = textOf(item);
      const a = item.tagName === 'A' ? item : item.querySelector('a');
      return !!a && text.length <= SHORT_LINK && textOf(a).length >= text.length * 0.7;
    });
    if (!onlyLinks) continue;
    const hinted = run.hasHint(list, NAV_HINTS) || list.tagName === 'NAV';
    const edge = isLeading(list, s) || isTrailing(list, s);
    if (!edge || (!hinted && items.length < 2)) continue;
    // The list with its wrapper when the wrapper adds only a heading or a date ("Địa phương", "Xem thêm …").
    let box: Element = list;
    const parent = list.parentElement;
    if (parent && parent !== root && !isProtected(parent, root, s) && textOf(parent).length <= textOf(list).length + 60 && (isLeading(parent, s) || isTrailing(parent, s))) box = parent;
    targets.push(box);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'navigation-links', post: apply };
