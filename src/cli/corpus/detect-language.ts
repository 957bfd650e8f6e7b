/**
 * The language of an article's text, detected, beside the one the page declares. eld (its "extrasmall" n-gram set)
 * was chosen by `node bench/lang-detect.mjs`: the most accurate and the fastest of five candidates on the 424 pages of
 * trafilatura-dev that declare a language; its size only costs the Node CLI, never the extension.
 */
import { eld } from 'eld/extrasmall';

export interface RecordLanguage {
  /** The primary subtag of the page's own `lang` (html lang, Content-Language meta …), lower-cased; null if none. */
  declared: string | null;
  /** ISO 639-1 code of the text's language; null when the text is too short or too mixed to tell reliably. */
  detected: string | null;
}

/** Enough text to tell a language; the rest only costs time. */
const SAMPLE_CHARS = 20_000;

export function recordLanguage(declaredTag: string, text: string): RecordLanguage {
  const declared = /^[a-z]{2,3}(?=$|[-_])/i.exec(declaredTag.trim())?.[0].toLowerCase() ?? null;
  const result = eld.detect(text.slice(0, SAMPLE_CHARS));
  return { declared, detected: result.language && result.isReliable() ? result.language : null };
}

/** The language a `--lang` filter reads: the detected one, else the declared one. */
export function recordLang(lang: RecordLanguage): string | null {
  return lang.detected ?? lang.declared;
}
