import type { CompiledCues } from './compile';

export interface Sentence {
  text: string;
  caption: boolean;
}

// A full stop, question or exclamation mark (with closing quotes) followed by space: a candidate boundary.
const BOUNDARY = /[.!?…]+["”’»)]*\s+/gu;
const OPENS_SENTENCE = /^["“‘(«\-–—]*[\p{Lu}\p{N}]/u;
const WORD_BEFORE_STOP = /([\p{L}\p{N}.]+)\.$/u;

/** Splits a paragraph into sentences, keeping "TP. Sóc Trăng", "Sen. Benton" and initials whole. */
export function splitSentences(text: string, cc: CompiledCues): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const punctEnd = m.index + m[0].trimEnd().length;
    const next = text.slice(m.index + m[0].length);
    if (!OPENS_SENTENCE.test(next)) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const word = WORD_BEFORE_STOP.exec(text.slice(0, m.index + 1))?.[1] ?? '';
      if (cc.abbreviations.has(word.toLowerCase()) || /^\p{L}$/u.test(word)) continue;
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

/** Paragraphs then captions, cut into sentences, whitespace collapsed and composed (NFC). */
export function articleSentences(paragraphs: string[], captions: string[], cc: CompiledCues): Sentence[] {
  const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const out: Sentence[] = [];
  for (const p of paragraphs) for (const text of splitSentences(clean(p), cc)) out.push({ text, caption: false });
  for (const c of captions) {
    for (const text of splitSentences(stripCredit(clean(c), cc), cc)) out.push({ text, caption: true });
  }
  return out;
}
