/**
 * Market widgets: gold prices (SJC buy/sell tables), exchange rates, stock indices. Led by a market label or
 * carrying a market class, and shaped like a price board: a table, or more numbers than words.
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const boxes = findBoxes(run, root, s, {
    labels: ctx.cues.markets,
    slack: 20,
    hints: ctx.cues.classHints.markets,
    maxChars: 1500,
    confirm(parts, text) {
      const numbers = text.match(/\d[\d.,]*/g)?.length ?? 0;
      const words = text.split(/\s+/).length;
      return (hasAny(parts, 'table') && numbers >= 2) || (numbers >= 4 && numbers >= words / 4);
    },
  });
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'market-widgets', post: apply };
