/**
 * Reading speed per language. Counted units are what countWords() counts: space-separated words, or characters for
 * CJK. Vietnamese writes one syllable per space-separated unit, so its rate is in syllables and is higher than
 * English words per minute. Sources: Brysbaert 2019 (English silent reading, 238 wpm); CJK ~ 500 characters/min.
 */
const UNITS_PER_MINUTE: Record<string, number> = {
  en: 238,
  vi: 280,
  zh: 500,
  ja: 500,
  ko: 500,
};
const DEFAULT_UNITS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number, lang: string): number {
  if (wordCount <= 0) return 0;
  const rate = UNITS_PER_MINUTE[lang.toLowerCase().split('-')[0]] ?? DEFAULT_UNITS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / rate));
}
