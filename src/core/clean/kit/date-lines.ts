/**
 * Date and time lines ("17:45, 6 MAR 2024", "Thứ năm, 16/3/2023, 18:20 (GMT+7)", "Updated 11:21 pm CST, Tuesday,
 * November 19, 2019"): every word is a number or a date word of the page language, and a date or a time is there.
 */
import type { LanguageCues } from '../../lang/clean-cue-types';
import { compareKey } from './block-text';

const MAX_CHARS = 120;
/** 18:20, 16/3, 16/3/2023, 2024-03-06, or a four-digit year. */
const DATE_OR_TIME = /\d{1,2}[:.h]\d{2}|\d{1,2}[/.-]\d{1,2}|\b(?:19|20)\d{2}\b/;

/** Date words as a set, once per word list: a memo of constant data (cue lists never change once built). */
const wordSets = new WeakMap<readonly string[], Set<string>>();

function dateWordSet(words: readonly string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words.flatMap((w) => compareKey(w).split(' ')).filter(Boolean));
    wordSets.set(words, set);
  }
  return set;
}

/** The words of text that are neither numbers nor date words. */
export function nonDateWords(text: string, cues: LanguageCues): string[] {
  const words = dateWordSet(cues.dateWords);
  return compareKey(text)
    .split(' ')
    .filter((w) => w && !/^\d+(?:st|nd|rd|th|h)?$/.test(w) && !words.has(w));
}

/** "+81 158-23-2012", "+49 (0)30 123 45 67": an international phone number, whose digit groups can look like a date. */
const PHONE = /^\+\s?\d[\d\s()./-]{6,}$/;

export function isDateLine(text: string, cues: LanguageCues): boolean {
  if (text.length === 0 || text.length > MAX_CHARS || !DATE_OR_TIME.test(text) || PHONE.test(text.trim())) return false;
  return nonDateWords(text, cues).length === 0;
}
