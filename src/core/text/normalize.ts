/** Text helpers shared by detection, cleaning and extraction. Pure string functions. */

/** Collapses every run of whitespace (incl. NBSP and zero-width spaces) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim();
}

/**
 * A comparison key: NFC, lower case, letters and digits only, single spaces.
 * Two texts that differ only in case, punctuation or spacing get the same key.
 */
export function compareKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a reading time is computed from: space-separated words, and characters of scripts written without spaces. */
export interface ReadingUnits {
  words: number;
  /** Han, Hiragana, Katakana and Hangul characters, one unit each. */
  characters: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_ALL = new RegExp(CJK.source, 'gu');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/** Counts words; CJK scripts (no spaces between words) count one per character, apart. */
export function countReadingUnits(s: string): ReadingUnits {
  // Most text has no CJK at all: test before rewriting the whole string.
  const characters = CJK.test(s) ? (s.match(CJK_ALL)?.length ?? 0) : 0;
  const rest = characters > 0 ? s.replace(CJK_ALL, ' ') : s;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(rest)) words++;
  return { words, characters };
}

/** Truncates to at most max characters on a word boundary, with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
