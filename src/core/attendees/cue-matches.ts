import type { AttendanceCue } from '../lang/attendee-cue-types';
import type { CompiledCues } from './compile';
import { cueStarts, wordEdgeAt } from './cue-prefilter';

export interface CueMatch {
  start: number;
  end: number;
  cue: AttendanceCue;
}

/** A capital letter right after a word and a space: inside a name, not a cue verb. */
const CAPITAL_AFTER_WORD = /[\p{L}\p{M}\p{N}] \p{Lu}$/u;

/** Text before a lead cue in its clause may only be punctuation ("Phát biểu tại hội nghị, …" opens it). */
const CLAUSE_OPENER = /[\s"“‘(«\-–—]/u;

/**
 * Does a clause open right before each position asked for (nothing but opening punctuation since the last ";" or
 * ":" or the sentence start)? Positions must come in increasing order; the sentence is read once for all of them
 * (reading back to the clause start for each cue was quadratic in a long clause full of cues).
 */
function clauseOpener(s: string): (at: number) => boolean {
  let read = 0;
  let clauseStart = 0;
  let lastWord = -1;
  return (at) => {
    for (; read < at; read++) {
      const c = s[read]!;
      if (c === ';' || c === ':') clauseStart = read + 1;
      else if (!CLAUSE_OPENER.test(c)) lastWord = read;
    }
    return lastWord < clauseStart;
  };
}

/**
 * The non-empty matches of a cue's expression (global, Unicode) that start at a word edge, as the expression with
 * the edge in front would find them: a match that fails the edge is tried again one character later.
 */
function* edgeMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] && wordEdgeAt(text, m.index)) {
      yield m;
      continue;
    }
    re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
}

/**
 * What edgeMatches finds, trying the expression (sticky) only at `starts`, the word-edge positions where a match can
 * open (increasing): the first that matches, then the first at or after that match's end, and so on.
 */
function* matchesAt(text: string, sticky: RegExp, starts: number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m?.[0]) continue;
    yield m;
    from = at + m[0].length;
  }
}

/** Every cue in the sentence, earliest first; of overlapping cues the longer one wins. */
export function findCues(s: string, cc: CompiledCues): CueMatch[] {
  const all: CueMatch[] = [];
  const lower = s.toLowerCase();
  const sameLength = lower.length === s.length;
  // Only the expressions that can match here run, only where a match can start (cue-prefilter.ts); text whose
  // length lowercasing changes runs them all along the sentence.
  const starts = sameLength ? cueStarts(lower, cc.cuePrefilter, cc.cues.length) : null;
  for (let i = 0; i < cc.cues.length; i++) {
    const at = starts?.[i];
    if (starts && !at) continue;
    const { cue, reSticky, reCaseless, needs } = cc.cues[i]!;
    if (needs && !s.includes(needs)) continue;
    const opensClause = cue.dir === 'lead' ? clauseOpener(s) : null;
    for (const m of at ? matchesAt(lower, reSticky, at) : edgeMatches(s, reCaseless)) {
      if (opensClause && !opensClause(m.index)) continue;
      if ((cc.data.cuesLowercase || cue.lowercase) && CAPITAL_AFTER_WORD.test(s.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
      all.push({ start: m.index, end: m.index + m[0].length, cue });
    }
  }
  // At one position a list beats a lead clause ("Testifying were X, …" lists people; it opens no clause).
  const rank = (m: CueMatch): number => (m.cue.dir === 'list' ? 0 : 1);
  all.sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const kept: CueMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
