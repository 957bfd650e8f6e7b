import type { AttendanceCue } from './cues/types';
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
  for (const { cue, re } of cc.cues) {
    for (const m of s.matchAll(re)) {
      if (!m[0]) continue;
      if (cue.dir === 'lead') {
        const clauseStart = Math.max(s.lastIndexOf(';', m.index), s.lastIndexOf(':', m.index)) + 1;
        if (!CLAUSE_OPEN.test(s.slice(clauseStart, m.index))) continue;
      }
      all.push({ start: m.index, end: m.index + m[0].length, cue });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CueMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
