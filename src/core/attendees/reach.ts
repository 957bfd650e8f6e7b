/**
 * How far apart, in characters, the words of one fact may stand: a role and its name, a subject and its verb, a
 * negation and its cue, a group and its verb. Real ones sit within a few dozen words (every annotated case is
 * found within this bound: tests/attendees/cases.test.ts). The bound keeps every look around a name or a cue local,
 * so a hostile sentence of a megabyte costs about its length, not its length times the number of names or cues in it.
 */
export const REACH = 400;

/** The first index of `s` at or after `from` where `re` (not global) matches, looking at most REACH characters. */
export function searchNear(s: string, from: number, re: RegExp): number {
  const at = s.slice(from, from + REACH).search(re);
  return at < 0 ? -1 : from + at;
}
