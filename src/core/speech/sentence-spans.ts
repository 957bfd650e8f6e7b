/**
 * Where the sentences of a paragraph start and end, as offsets into its text, so the reader can speak one sentence
 * at a time and highlight exactly the characters it is speaking. One left-to-right pass over the text:
 *   - ". ! ? …" (with closing quotes or brackets) end a sentence when a space and a sentence opener follow
 *     (a capital, a digit, an opening quote, or a letter of a script without case);
 *   - "。！？" end one whatever follows (Chinese and Japanese put no space after them);
 *   - a line break (a <br> in the article) always ends one;
 *   - a single full stop after an abbreviation of the language ("Mr.", "TP.", "PGS.TS."), after an initial ("J.")
 *     or, in languages that write ordinals so, between a short number and a month ("am 3. Oktober") does not.
 */
import { abbreviationsFor, writesOrdinalDot } from '../lang/abbreviations';
import { metadataWords } from '../lang/metadata-words';

export interface Span {
  start: number;
  end: number;
}

// A run of end marks, from its first mark only (the look-behind), then closing quotes and brackets, then space.
const END_MARKS = /(?<![.!?…。！？．])(?:[.!?…]+|[。！？．]+)["'”’»)\]」』）]*[^\S\n]*|\n/gu;
// French sets a space inside its quotes ("« Bonjour »").
const OPENS = /^(?:[\p{Pi}\p{Ps}"'¿¡\-–—][^\S\n]?)*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const FULL_WIDTH = /[。！？．]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}.]/u;
const SINGLE_LETTER = /^\p{L}\p{M}*$/u;
const SHORT_NUMBER = /^\d{1,3}$/;

export interface SplitOptions {
  abbreviations: ReadonlySet<string>;
  ordinalDot: boolean;
}

export function splitOptionsFor(lang: string): SplitOptions {
  return { abbreviations: abbreviationsFor(lang), ordinalDot: writesOrdinalDot(lang) };
}

/** The sentences of text, in order, each trimmed of surrounding white space; empty text has none. */
export function sentenceSpans(text: string, options: SplitOptions): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (end: number) => {
    const span = trimmed(text, from, end);
    if (span) spans.push(span);
  };
  for (const m of text.matchAll(END_MARKS)) {
    const after = m.index + m[0].length;
    if (m[0] === '\n') {
      push(m.index);
      from = after;
      continue;
    }
    const marks = /^[.!?…。！？．]+/u.exec(m[0])![0];
    const fullWidth = FULL_WIDTH.test(marks);
    const spaced = /\s$/u.test(m[0]);
    if (!fullWidth) {
      if (!spaced && after < text.length) continue; // "3.5", "example.com", "U.S.A"
      if (after < text.length && !OPENS.test(text.slice(after, after + 8))) continue; // "e.g. the"
      if (marks === '.' && keepsStop(wordBefore(text, m.index), text.slice(after, after + 12), options)) continue;
    }
    push(after);
    from = after;
  }
  push(text.length);
  return spans;
}

/** Whether the word before a single full stop makes the stop part of the word rather than the sentence's end. */
function keepsStop(word: string, next: string, { abbreviations, ordinalDot }: SplitOptions): boolean {
  if (!word) return false;
  if (isAbbreviation(word, abbreviations)) return true;
  if (word.includes('.')) return word.split('.').every((part) => part === '' || isAbbreviation(part, abbreviations));
  // "am 3. Oktober": an ordinal day; "Nr. 7. Danach" ends a sentence.
  return ordinalDot && SHORT_NUMBER.test(word) && Object.hasOwn(metadataWords().months, /^\p{L}+/u.exec(next)?.[0].toLowerCase() ?? '');
}

function isAbbreviation(word: string, abbreviations: ReadonlySet<string>): boolean {
  if (SINGLE_LETTER.test(word) || abbreviations.has(word)) return true;
  // A sentence may begin with a lower-case abbreviation ("Np. w…"): accept it capitalised, never the reverse.
  const lowered = word.charAt(0).toLowerCase() + word.slice(1);
  return lowered !== word && abbreviations.has(lowered);
}

/**
 * The word a full stop ends, read backwards over letters, marks, digits and dots. It stops at the first other
 * character, and every candidate stop is followed by space, so the words of a paragraph are read once in all.
 */
function wordBefore(text: string, stop: number): string {
  let start = stop;
  while (start > 0) {
    const size = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - size, start))) break;
    start -= size;
  }
  return text.slice(start, stop);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
