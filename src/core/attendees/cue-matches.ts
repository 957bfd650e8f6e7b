import type { AttendanceCue } from '../lang/attendee-cue-types';
import type { CompiledCues } from './compile';

export interface CueMatch {
  start: number;
  end: number;
  cue: AttendanceCue;
}

/** Text before a lead cue in its clause may only be punctuation ("Phát biểu tại hội nghị, …" opens it). */
const CLAUSE_OPEN = /^[\s"“‘(«\-–—]*$/u;

/** Every cue in the sentence, earliest first; of overlapping cues the longer one wins. */
export function findCues(s: string, cc: CompiledCues): CueMatch[] {
  const all: CueMatch[] = [];
  const lower = s.toLowerCase();
  const sameLength = lower.length === s.length;
  for (const { cue, re, reCaseless } of cc.cues) {
    for (const m of sameLength ? lower.matchAll(re) : s.matchAll(reCaseless)) {
      if (!m[0]) continue;
      if (cue.dir === 'lead') {
        const clauseStart = Math.max(s.lastIndexOf(';', m.index), s.lastIndexOf(':', m.index)) + 1;
        if (!CLAUSE_OPEN.test(s.slice(clauseStart, m.index))) continue;
      }
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
