/**
 * Gallery counters ("1/6", "Image 2 of 5", "Ảnh 3/8"): a line that is only a counter, inside a figure or beside a
 * picture, or one of several counters that share a total. A date such as "1/6" alone in the text stays.
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { FoundSet } from '../kit/found-set';

const COUNTER = /^(?:[\p{L}]{1,8}\s+)?(\d{1,3})\s*(?:\/|of|trên|de|von|sur)\s*(\d{1,3})$/iu;
const MEDIA = 'img, picture, video';

function apply(root: Element, ctx: RuleContext): string[] {
  const { rawLength, textOf, removeBlocks } = ctx.run;
  const found: { el: Element; total: string; nearMedia: boolean }[] = [];
  const taken = new FoundSet();
  // Whether a parent holds media, once per parent (a page of thousands of counters in one container searched it
  // once per counter).
  const media = new Map<Element, boolean>();
  const holdsMedia = (el: Element): boolean => {
    let has = media.get(el);
    if (has === undefined) media.set(el, (has = !!el.querySelector(MEDIA)));
    return has;
  };
  for (const el of ctx.run.elementsUnder(root)) {
    const len = rawLength(el);
    if (len === 0 || len > 40) continue;
    if (taken.covers(el)) continue;
    const m = COUNTER.exec(textOf(el));
    if (!m || Number(m[1]) > Number(m[2]) || Number(m[2]) < 2) continue;
    let line = el;
    while (line.parentElement && line.parentElement !== root && textOf(line.parentElement) === textOf(el)) line = line.parentElement;
    const parent = line.parentElement;
    const nearMedia = !!line.closest('figure') || (!!parent && parent !== root && holdsMedia(parent));
    found.push({ el: line, total: m[2]!, nearMedia });
    taken.add(line);
  }
  const totals = new Map<string, number>();
  for (const f of found) totals.set(f.total, (totals.get(f.total) ?? 0) + 1);
  return removeBlocks(found.filter((f) => f.nearMedia || (totals.get(f.total) ?? 0) >= 2).map((f) => f.el));
}

export const rule: CleanRule = { name: 'photo-counters', post: apply };
