/**
 * The headline printed again inside the body: a title line over every photo, an <h2> or bold first line, a
 * "now reading" sticky bar. The UI shows the title itself, so the body keeps it zero times. Images beside the
 * repeated title stay.
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, isCueLabel, within } from '../kit/block-text';

const MEDIA = 'img, picture, video, iframe, svg, figure, audio';

function apply(root: Element, ctx: RuleContext): string[] {
  const title = compareKey(ctx.title ?? '');
  if (title.length < 8) return [];
  const { run } = ctx;
  const { rawLength, textOf } = run;
  const maxLen = (ctx.title ?? '').length + 80;
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    const len = rawLength(el);
    if (len < title.length || len > maxLen * 2) continue;
    if (targets.some((t) => within(el, t))) continue;
    const text = textOf(el);
    if (compareKey(text) !== title) continue;
    // Climb while the parent is this title with nothing else but a "now reading" label or bar furniture.
    let box: Element = el;
    for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (parent.querySelector(MEDIA)) break;
      const key = compareKey(textOf(parent));
      if (key === title) { box = parent; continue; }
      const rest = key.replace(title, ' ').trim();
      const bar = run.hasHint(parent, ctx.cues.classHints.nowReading) || isCueLabel(rest, ctx.cues.nowReading, 40);
      if (bar && rest.length <= 60) box = parent;
      break;
    }
    targets.push(box);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'repeated-headline', post: apply };
