import type { CompiledCues } from './compile';
import { joinRosters } from './rosters';
import { readSpeechLines } from './speech-lines';

export interface Sentence {
  text: string;
  caption: boolean;
}

// A full stop, question or exclamation mark (with closing quotes) followed by space: a candidate boundary. The
// look-behind lets a match start only at the first mark of a run, so a run of 60,000 dots with no space after it
// is read once instead of once from each dot (each start used to read to the run's end and fail).
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»)]*\s+/gu;
const GLUED_COLON = /(?<=\p{L}):(?=\p{Lu})/gu;
const OPENS_SENTENCE = /^["“‘(«\-–—]*[\p{Lu}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{N}.]$/u;
const isSurrogatePair = (text: string, at: number): boolean => {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

/**
 * The word a full stop ends ("TP", "U.S", "Sen"), read backwards from the stop over letters, digits and dots. It
 * never reads past a space, and every candidate boundary ends in one, so all the words of a paragraph together are
 * read once. (A pattern anchored at the stop and run over the text so far read the whole paragraph again at every
 * boundary, rescanning each long word from each of its letters: cubic; tests/hardening/time-attendees.test.ts fails
 * on that growth.)
 */
function wordBefore(text: string, stop: number): string {
  let start = stop;
  while (start > 0) {
    const size = start > 1 && isSurrogatePair(text, start - 2) ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - size, start))) break;
    start -= size;
  }
  return text.slice(start, stop);
}

/** Splits a paragraph into sentences in one pass, keeping "TP. Sóc Trăng", "Sen. Benton" and initials whole. */
export function splitSentences(text: string, cc: CompiledCues): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const punctEnd = m.index + m[0].trimEnd().length;
    const next = text.slice(m.index + m[0].length);
    if (!OPENS_SENTENCE.test(next)) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const word = wordBefore(text, m.index);
      // An abbreviation, or initials ("K.", "P.K.") before a name.
      if (cc.abbreviations.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{L}$/u.test(word)) continue;
    }
    const sentence = text.slice(from, punctEnd).trim();
    if (sentence) out.push(sentence);
    from = m.index + m[0].length;
  }
  const last = text.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** Drops the photo credit a caption ends with ("Ảnh: Minh Trí", "Jenna Cole/The Kellerton Ledger"). */
export function stripCredit(caption: string, cc: CompiledCues): string {
  let text = caption;
  for (const re of cc.captionCredits) text = text.replace(re, '');
  return text.trim();
}

/**
 * Paragraphs then captions, cut into sentences, whitespace collapsed and composed (NFC). Names a verbatim record
 * printed in capitals are written in ordinary case; `printed` gets each one's printed form.
 */
export function articleSentences(
  paragraphs: string[], captions: string[], cc: CompiledCues, printed?: Map<string, string>,
): Sentence[] {
  // "Moved by:Councillor X": a label's colon glued to the name.
  // (Only where there is a colon: the expression opens with a lookbehind, tried at every position of the text.)
  // "the Governor, His Excellency, Dr. (Mrs.) X": a chain of honorifics with commas and brackets is one chain.
  const clean = (s: string): string => {
    const spaced = s.normalize('NFC').replace(/\s+/g, ' ');
    const unbracketed = spaced.includes('(') ? spaced.replace(cc.honorificInBrackets, '$1') : spaced;
    const chained = unbracketed.includes(',') ? unbracketed.replace(cc.honorificChainComma, '') : unbracketed;
    return (chained.includes(':') ? chained.replace(GLUED_COLON, ': ') : chained).trim();
  };
  const out: Sentence[] = [];
  const lines = readSpeechLines(joinRosters(paragraphs.map(clean), (p) => splitSentences(p, cc), cc), cc, printed);
  for (const p of lines) for (const text of splitSentences(p, cc)) out.push({ text, caption: false });
  for (const c of captions) {
    // An archive or illustration picture shows another occasion.
    if (cc.archiveCaption.test(c)) continue;
    for (const text of splitSentences(stripCredit(clean(c), cc), cc)) out.push({ text, caption: true });
  }
  return out;
}
