import type { CompiledCues } from './compile';

// The look-behind starts a match at the first character of the trailing run only (read once, not once per char).
const TRAILING = /(?<![\s,;:.])[\s,;:.]+$/u;

/** Length of a leading quantity ("hơn 100 ", "About two dozen "), which the group drops. */
export function quantityLength(text: string, cc: CompiledCues): number {
  return cc.quantityAtStart.exec(text)?.[0].length ?? 0;
}

/** Does a group open here (after any quantity)? */
export function opensGroup(text: string, cc: CompiledCues): boolean {
  return cc.groupHeadAtStart.test(text.slice(quantityLength(text, cc)));
}

/**
 * Where a group that starts at `start` ends: at a semicolon, or at a comma or "và"/"and" followed by another
 * group head or a person ("lãnh đạo Sở Y tế, Sở Giáo dục và Đào tạo" is two groups, "UBND các huyện, thị xã"
 * one). Kinds of people listed together stay one group ("parents, students and teachers"). The breaks are read
 * lazily, in order, up to the one that ends the group (all the breaks to the end of the list were collected for
 * every group: quadratic in a list of thousands).
 */
export function groupEnd(
  s: string, start: number, end: number, strongAt: (at: number) => boolean, cc: CompiledCues,
): number {
  const text = s.slice(start, end);
  const ofPeople = cc.groupNounAtStart.test(text);
  for (const b of text.matchAll(cc.groupBreak)) {
    if (b[0][0] === ';') return start + b.index;
    let after = start + b.index + b[0].length;
    const connector = cc.connectorAtStart.exec(s.slice(after, end));
    if (connector) after += connector[0].length;
    const rest = s.slice(after, end);
    const head = rest.slice(quantityLength(rest, cc));
    if (ofPeople && cc.groupNounAtStart.test(head)) continue;
    if (opensGroup(rest, cc) || strongAt(after)) return start + b.index;
  }
  return end;
}

export function groupText(s: string, start: number, end: number): string {
  return s.slice(start, end).replace(TRAILING, '').trim();
}
