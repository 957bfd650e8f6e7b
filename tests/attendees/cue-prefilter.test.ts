/**
 * findCues runs only the cue expressions that can match in a sentence, judged by the strings their matches open with
 * (match-prefixes.ts, cue-prefilter.ts). Skipping a cue that does match would lose people silently, so: the prefix
 * reader is checked against matches of random expressions on random text (every match must open with one of the
 * prefixes it gives), and the prefilter against every cue of both languages on every sentence of the developed-against
 * cases, fixtures and dev corpus (every edge match of a cue must be at a position the cue is tried at).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues } from '../../src/core/attendees/compile';
import { buildCuePrefilter, cueStarts } from '../../src/core/attendees/cue-prefilter';
import { matchPrefixes } from '../../src/core/attendees/match-prefixes';
import { articleSentences } from '../../src/core/attendees/sentences';
import { attendeeCuesFor } from '../../src/core/lang/attendee-cues';
import { FirstMatch } from '../../src/core/attendees/first-match';
import { loadAllCases, loadCorpus } from './load-cases';

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('matchPrefixes', () => {
  it('spells out literals, alternations, optional parts and small classes up to k characters', () => {
    expect(sorted(matchPrefixes('chaired by', 3))).toEqual(['cha']);
    expect(sorted(matchPrefixes('(?:also )?(?:attending|present)', 3))).toEqual(['als', 'att', 'pre']);
    expect(sorted(matchPrefixes('emphasi[sz]ed|mc', 3))).toEqual(['emp', 'mc']);
    expect(sorted(matchPrefixes('[sz]a', 3))).toEqual(['sa', 'za']);
    expect(sorted(matchPrefixes('a{2,}b', 3))).toEqual(['aaa', 'aab']);
    expect(sorted(matchPrefixes('x{0,2}yz', 3))).toEqual(['xxy', 'xyz', 'yz']);
  });

  it('reads lookarounds and anchors as taking no characters', () => {
    expect(sorted(matchPrefixes('(?<![Gg]iám đốc )điều hành', 3))).toEqual(['điề']);
    expect(sorted(matchPrefixes('^(?=x)ab(?!c)', 3))).toEqual(['ab']);
    expect(sorted(matchPrefixes('(?:said)(?:(?![\\p{L}\\p{M}\\p{N}])|(?<=[,:]))', 3))).toEqual(['sai']);
  });

  it('stops a prefix where it cannot spell the text out, and gives [""] when a match may open with anything', () => {
    expect(sorted(matchPrefixes('ab\\p{Lu}', 3))).toEqual(['ab']);
    expect(sorted(matchPrefixes('to [^,;]{1,9} by', 3))).toEqual(['to ']);
    expect(sorted(matchPrefixes('t\\s+x', 3))).toEqual(['t']);
    expect(matchPrefixes('\\p{Lu}\\w+ said', 3)).toEqual(['']);
    expect(matchPrefixes('(?:the )?.', 3)).toEqual(['']);
    expect(matchPrefixes('[a-z]x', 3)).toEqual(['']);
    expect(matchPrefixes('x?', 3)).toEqual(['']);
  });

  it('reads escapes as the characters they stand for', () => {
    expect(sorted(matchPrefixes('sen\\.|\\u0111i|\\x41b|\\u{1F600}', 3))).toEqual(['Ab', 'sen', 'đi', '😀']);
  });

  // Random expressions from the grammar above, and random text over their characters: whatever an expression matches
  // at the start of a text opens with one of its prefixes.
  const letters = ['a', 'b', 'c', ' ', 'đ', 'ề', '.'];
  const pattern: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
    re: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...letters, '\\.', '[ab]', '[a-c]', '[^a]', '\\p{L}', '\\s', '.', '(?=a)', '(?<!b)', '^', '\\b'),
      fc.tuple(tie('re'), tie('re')).map(([a, b]) => `${a}${b}`),
      fc.tuple(tie('re'), tie('re')).map(([a, b]) => `(?:${a}|${b})`),
      fc.tuple(tie('re'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,}', '??', '+?')).map(([a, q]) => `(?:${a})${q}`),
    ),
  })).re;

  it('never leaves out how a match opens (random expressions and texts)', () => {
    fc.assert(
      fc.property(pattern, fc.array(fc.constantFrom(...letters), { maxLength: 8 }), fc.constantFrom(1, 2, 3, 4), (source, chars, k) => {
        const re = new RegExp(source, 'uy');
        const text = chars.join('');
        const prefixes = matchPrefixes(source, k);
        for (let at = 0; at <= text.length; at++) {
          re.lastIndex = at;
          const m = re.exec(text);
          if (m) expect(prefixes.some((p) => m[0].startsWith(p))).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});

describe('cueStarts', () => {
  it('gives a cue the word edges followed by one of its prefixes, and nothing where none is', () => {
    const filter = buildCuePrefilter(['chaired by', 'present were', '(?:also )?attending']);
    expect(cueStarts('it was chaired by x', filter, 3)).toEqual([[7], undefined, undefined]);
    expect(cueStarts('those attending, also attending', filter, 3)).toEqual([undefined, undefined, [6, 17, 22]]);
    // Inside a word is no edge: "unpresent" cannot open a match that findCues keeps.
    expect(cueStarts('unpresented', filter, 3)).toEqual([undefined, undefined, undefined]);
    expect(cueStarts('(present were', filter, 3)).toEqual([undefined, [1], undefined]);
  });

  const cases = [...loadAllCases(), ...loadCorpus('dev')];
  for (const lang of ['en', 'vi']) {
    it(`keeps every cue that matches, on every sentence of the cases and dev corpus (${lang})`, () => {
      const cc = compileCues(attendeeCuesFor(lang)!);
      let sentences = 0;
      let matches = 0;
      for (const c of cases.filter((x) => x.lang.startsWith(lang))) {
        for (const { text } of articleSentences(c.paragraphs, c.captions, cc)) {
          const lower = text.toLowerCase();
          if (lower.length !== text.length) continue; // the prefilter is not used there
          sentences++;
          const starts = cueStarts(lower, cc.cuePrefilter, cc.cues.length);
          cc.cues.forEach(({ reSticky }, i) => {
            for (const m of lower.matchAll(new RegExp(reSticky.source, 'gu'))) {
              if (!m[0] || /[\p{L}\p{M}\p{N}]/u.test(lower[m.index - 1] ?? '')) continue;
              matches++;
              if (!starts[i]?.includes(m.index)) expect.fail(`cue ${reSticky.source.slice(0, 60)} matches "${m[0]}" at ${m.index} in "${text}" but is not tried there`);
            }
          });
        }
      }
      expect(sentences).toBeGreaterThan(500);
      expect(matches).toBeGreaterThan(500);
    });
  }
});

// The role stop was one alternation with the word edge in front; FirstMatch must find the same first position.
describe('FirstMatch (the role stop)', () => {
  const B = '(?<![\\p{L}\\p{M}\\p{N}])';
  const E = '(?![\\p{L}\\p{M}\\p{N}])';
  it('finds the first edge match of any expression, or -1', () => {
    const stop = new FirstMatch(['who', 'said', '(?:was|were) elected']);
    expect(stop.indexIn('Deputy Mayor who said')).toBe(13);
    expect(stop.indexIn('Mayor Whoever')).toBe(-1);
    expect(stop.indexIn('the chair was elected, who')).toBe(10);
    expect(stop.test('unsaid')).toBe(false);
  });

  const cases = [...loadAllCases(), ...loadCorpus('dev')];
  for (const lang of ['en', 'vi']) {
    it(`finds where the alternation finds, on every sentence of the cases and dev corpus and their tails (${lang})`, () => {
      const data = attendeeCuesFor(lang)!;
      const cc = compileCues(data);
      const parts = [...data.roleStops, ...data.cues.filter((c) => c.dir !== 'lead').map((c) => c.pattern)];
      const alternation = new RegExp(`${B}(?:${[...parts].sort((a, b) => b.length - a.length).join('|')})${E}`, 'u');
      let texts = 0;
      let found = 0;
      for (const c of cases.filter((x) => x.lang.startsWith(lang))) {
        for (const { text } of articleSentences(c.paragraphs, c.captions, cc)) {
          // Roles are read from the text after a title and from lowercased brackets: tails after each space too.
          const tails = [text, text.toLowerCase(), ...[...text.matchAll(/ /gu)].map((m) => text.slice(m.index + 1))];
          for (const t of tails) {
            texts++;
            const expected = alternation.exec(t)?.index ?? -1;
            if (expected >= 0) found++;
            expect(cc.roleStop.indexIn(t), t).toBe(expected);
          }
        }
      }
      expect(texts).toBeGreaterThan(5000);
      expect(found).toBeGreaterThan(1000);
    });
  }
});
