/**
 * findCues checks the word edge before a cue in code rather than as a leading lookbehind (much faster: see
 * cue-matches.ts). It must find exactly what each cue's expression with the lookbehind in front finds: the
 * reference below is that expression, run with matchAll, on text built around the cues' own words, with letters,
 * marks, digits and astral letters (surrogate pairs) or punctuation and emoji just before them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues, type CompiledCues } from '../../src/core/attendees/compile';
import { findCues } from '../../src/core/attendees/cue-matches';
import { attendeeCuesFor } from '../../src/core/lang/attendee-cues';

const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

/** The cues' expressions with the edge in front, as they were compiled before: [pattern, lowercased, caseless]. */
const referenceFor = (cc: CompiledCues): [string, RegExp, RegExp][] =>
  cc.cues.map(({ cue }) => {
    const source = `${B}(?:${cue.pattern})(?:${E}|(?<=[,:]))`;
    return [cue.pattern, new RegExp(source, 'gu'), new RegExp(source, 'giu')];
  });

/** A capital after a word and a space: findCues drops such a match when the language's cues are lowercase. */
const CAPITAL_AFTER_WORD = /[\p{L}\p{M}\p{N}] \p{Lu}$/u;

/**
 * Every (start, end, pattern) an edge-in-front expression finds, before findCues resolves overlaps; for a language
 * whose cues are lowercase (vi), without a capitalised match after a word ("Ban Chỉ đạo"), as findCues does.
 */
function referenceMatches(s: string, reference: [string, RegExp, RegExp][], cuesLowercase = false): string[] {
  const lower = s.toLowerCase();
  const sameLength = lower.length === s.length;
  const out: string[] = [];
  for (const [pattern, re, reCaseless] of reference) {
    for (const m of sameLength ? lower.matchAll(re) : s.matchAll(reCaseless)) {
      if (!m[0] || (cuesLowercase && CAPITAL_AFTER_WORD.test(s.slice(Math.max(0, m.index - 2), m.index + 1)))) continue;
      out.push(`${m.index}:${m.index + m[0].length}:${pattern}`);
    }
  }
  return out.sort();
}

/** What findCues returns, with no overlap resolution: a text holding one cue phrase gives its matches. */
function found(s: string, cc: CompiledCues): string[] {
  return findCues(s, cc).map((m) => `${m.start}:${m.end}:${m.cue.pattern}`).sort();
}

const BEFORE = ['', ' ', 'a', 'É', '\u0301', '7', '𝐀', '𝟙', '😀', ',', '(', '“', 'İ', 'đ', '-'];

for (const lang of ['en', 'vi']) {
  const cc = compileCues(attendeeCuesFor(lang)!);
  const reference = referenceFor(cc);
  // Phrases that cues of the language match (and some they match only in part).
  const words = lang === 'en'
    ? ['chaired by', 'attended by', 'present were', 'presided over', 'co-chairs', 'hosted by', 'were present', 'chair']
    : ['chủ trì', 'dự hội nghị', 'tham dự', 'có', 'đồng chủ trì', 'Chủ trì', 'ĐỒNG CHỦ TRÌ', 'cùng dự'];

  // A generous limit: the first caseless matches (text with "İ") compile every cue's case-insensitive Unicode
  // expression twice (ours and the reference), which took most of 20 s on a machine shared by several test runs.
  describe(`findCues finds each cue where the edge-in-front expression does (${lang})`, { timeout: 120_000 }, () => {
    it('with every kind of character just before a cue phrase', () => {
      for (const before of BEFORE) {
        for (const word of words) {
          const s = `${before}${word} X`;
          const single = referenceMatches(s, reference, cc.data.cuesLowercase);
          // Overlap resolution keeps a subset; with no overlapping matches it keeps them all.
          const kept = found(s, cc);
          for (const k of kept) expect(single).toContain(k);
          if (single.length === 1) expect(kept).toEqual(single);
          if (single.length === 0) expect(kept).toEqual([]);
        }
      }
    });

    it('on random text made of cue phrases, letters, astral characters and punctuation', () => {
      const piece = fc.constantFrom(...BEFORE, ...words, ' ', '. ', 'İstanbul ');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const s = parts.join('');
          const kept = found(s, cc);
          const all = referenceMatches(s, reference, cc.data.cuesLowercase);
          for (const k of kept) expect(all).toContain(k);
          // Every reference match is either kept or overlapped by a kept one.
          for (const r of all) {
            const [start, end] = r.split(':').map(Number);
            expect(kept.some((k) => { const [a, b] = k.split(':').map(Number); return a! < end! && start! < b!; })).toBe(true);
          }
        }),
        { numRuns: 300, seed: 15 },
      );
    });
  });
}
