/**
 * Weather widgets ("Thời tiết", "Weather" over a temperature, a city picker, humidity). Prose about the weather
 * stays: a box must be led by a weather label or carry a weather class, and look like a widget (temperatures
 * with units, a picker, short lines), never hold a prose paragraph.
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';

/** 33°C, 58 °F, 33oC (from 33<sup>o</sup>C), 21º. */
export const TEMPERATURE = /-?\d{1,3}(?:[.,]\d)?\s*(?:[°º˚]|o(?=\s*[CF](?!\p{Ll})))/u;

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const boxes = findBoxes(run, root, s, {
    labels: ctx.cues.weather,
    hints: ctx.cues.classHints.weather,
    maxChars: 600,
    confirm: (parts, text) => TEMPERATURE.test(text) || hasAny(parts, 'select, option'),
  });
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'weather-widgets', post: apply };
