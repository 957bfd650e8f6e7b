/**
 * Reading time per language. Words are counted as countReadingUnits() counts them: space-separated words, and one
 * unit per character in Chinese, Japanese and Korean script (no spaces between words).
 *
 * Where the rates come from:
 * - English: 238 words per minute, the mean silent reading rate of adults for non-fiction in Brysbaert's
 *   meta-analysis (2019, "How many words do we read per minute?", J. Memory and Language 109).
 * - Other languages: the International Reading Speed Texts (Trauzettel-Klosinski & Dietz 2012, IOVS 53:5452), the
 *   same ten texts matched in content and difficulty in 17 languages, read by native speakers. Since the texts say the
 *   same thing, a language's words per minute against English's (228 in IReST) is how many more or fewer words it
 *   needs for the same message, which is how Brysbaert suggests carrying his English figure over to other languages.
 *   IReST timed reading aloud; its English rate is close to Brysbaert's silent one, so each language gets
 *   238 × (its IReST rate / 228).
 * - Chinese and Japanese: IReST's characters per minute, scaled the same way.
 * - Vietnamese and Korean: space-separated units in Vietnamese, and Hangul blocks in Korean, are syllables. Neither is
 *   in IReST; both get IReST's mean over its 17 languages in syllables (370 a minute), scaled the same way.
 * - Any other language (Indonesian included): IReST's mean over its 17 languages in words (184 a minute), scaled.
 */
import type { ReadingUnits } from './normalize';

/** Brysbaert 2019: English silent reading, non-fiction. */
const ENGLISH_SILENT_WPM = 238;
/** IReST's English rate, the reference the other languages are scaled against. */
const IREST_ENGLISH_WPM = 228;
const scaled = (irestRate: number) => Math.round((irestRate * ENGLISH_SILENT_WPM) / IREST_ENGLISH_WPM);

/** IReST words per minute (aloud) of its alphabetic languages. */
const IREST_WPM: Record<string, number> = {
  ar: 138, de: 179, en: 228, es: 218, fi: 161, fr: 195, he: 187, it: 188, nl: 202, pl: 166, pt: 181, ru: 184, sl: 180,
  sv: 199, tr: 166,
};
/** IReST characters per minute of Chinese and Japanese; Korean in syllables (IReST's mean, see above). */
const IREST_CPM: Record<string, number> = { zh: 255, ja: 357, ko: 370 };
/** IReST's means over its 17 languages. */
const IREST_MEAN_WPM = 184;
const IREST_MEAN_SYLLABLES = 370;

const WORDS_PER_MINUTE: Record<string, number> = {
  ...Object.fromEntries(Object.entries(IREST_WPM).map(([lang, rate]) => [lang, scaled(rate)])),
  en: ENGLISH_SILENT_WPM,
  vi: scaled(IREST_MEAN_SYLLABLES),
};
const CHARACTERS_PER_MINUTE: Record<string, number> = Object.fromEntries(Object.entries(IREST_CPM).map(([lang, rate]) => [lang, scaled(rate)]));
const DEFAULT_WPM = scaled(IREST_MEAN_WPM);
/** Han characters quoted in a page of another language read at the Chinese rate. */
const DEFAULT_CPM = CHARACTERS_PER_MINUTE.zh;

const base = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/** Silent reading rates for a language: words and CJK characters per minute. */
export function readingRates(lang: string): { wordsPerMinute: number; charactersPerMinute: number } {
  const code = base(lang);
  return { wordsPerMinute: WORDS_PER_MINUTE[code] ?? DEFAULT_WPM, charactersPerMinute: CHARACTERS_PER_MINUTE[code] ?? DEFAULT_CPM };
}

/** Whole minutes (at least 1 when there is any text) to read the counted text in the given language. */
export function readingMinutes(units: ReadingUnits, lang: string): number {
  if (units.words + units.characters <= 0) return 0;
  const rates = readingRates(lang);
  const minutes = units.words / rates.wordsPerMinute + units.characters / rates.charactersPerMinute;
  return Math.max(1, Math.round(minutes));
}
