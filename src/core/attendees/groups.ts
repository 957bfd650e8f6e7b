import type { CompiledCues } from './compile';
import type { Mention } from './mentions';

const SEPARATOR = /[,;]\s*/gu;
const TRAILING = /[\s,;:.]+$/u;

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
 * one). Kinds of people listed together stay one group ("parents, students and teachers").
 */
export function groupEnd(s: string, start: number, end: number, mentions: Mention[], cc: CompiledCues): number {
  const text = s.slice(start, end);
  const ofPeople = cc.groupNounAtStart.test(text);
  const breaks: { at: number; len: number; hard: boolean }[] = [];
  for (const m of text.matchAll(SEPARATOR)) breaks.push({ at: m.index, len: m[0].length, hard: m[0][0] === ';' });
  for (const m of text.matchAll(cc.connectorAny)) breaks.push({ at: m.index, len: m[0].length, hard: false });
  breaks.sort((a, b) => a.at - b.at);
  for (const b of breaks) {
    if (b.hard) return start + b.at;
    let after = start + b.at + b.len;
    const connector = cc.connectorAtStart.exec(s.slice(after, end));
    if (connector) after += connector[0].length;
    const rest = s.slice(after, end);
    const head = rest.slice(quantityLength(rest, cc));
    if (ofPeople && cc.groupNounAtStart.test(head)) continue;
    if (opensGroup(rest, cc) || mentions.some((m) => m.strong && m.start === after)) return start + b.at;
  }
  return end;
}

export function groupText(s: string, start: number, end: number): string {
  return s.slice(start, end).replace(TRAILING, '').trim();
}
