/**
 * The attendee finder after it was made linear (issue #14): the one-pass sentence splitter says exactly what the
 * old definition said, and long inputs (a list of 150 officials, hundreds of sentences, hundreds of references)
 * still give every person, part and role. Timing is in tests/hardening/time-attendees.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { MAX_BODY_CHARS } from '../../src/core/attendees/budget';
import { compileCues } from '../../src/core/attendees/compile';
import { attendeeCuesFor } from '../../src/core/lang/attendee-cues';
import { splitSentences } from '../../src/core/attendees/sentences';
import { enName, viName } from '../hardening/fuzz-big-text';

const en = compileCues(attendeeCuesFor('en')!);
const vi = compileCues(attendeeCuesFor('vi')!);

/**
 * The splitter by its definition: the word before a stop found by a pattern anchored at the stop, run over
 * the text so far (cubic on long input, fine on these short ones). The one-pass splitter must agree with it.
 */
function reference(text: string, cc: typeof en): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?…]+["”’»)]*\s+/gu)) {
    const punctEnd = m.index + m[0].trimEnd().length;
    if (!/^["“‘(«\-–—]*[\p{Lu}\p{N}]/u.test(text.slice(m.index + m[0].length))) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const word = /([\p{L}\p{N}.]+)\.$/u.exec(text.slice(0, m.index + 1))?.[1] ?? '';
      // Initials ("K.", "P.K.") keep the sentence whole as one letter does.
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

const PIECES = ['.', '. ', '.. ', '!', '? ', '… ', '”', ')', ' ', '  ', 'A', 'a', 'Sen', 'Dr', 'U.S', 'TP', 'Sóc',
  'Trăng', 'x', '1', '𝐀', '😀', '"', '“', '-', 'e\u0301', 'Đ', 'đ', 'St', 'Mr', 'PGS.TS', 'P.K', '\n', '\t'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('splitSentences in one pass', () => {
  it('cuts random text exactly where the old definition did (English and Vietnamese abbreviations)', () => {
    fc.assert(fc.property(textArb, (text) => {
      expect(splitSentences(text, en)).toEqual(reference(text, en));
      expect(splitSentences(text, vi)).toEqual(reference(text, vi));
    }), { seed: 1409, numRuns: 3000 });
  });

  it('keeps abbreviations, initials and dotted words whole at the end of a long word run', () => {
    const long = 'a'.repeat(5000);
    expect(splitSentences(`${long} Sen. Benton spoke. The U.S. panel met. Done.`, en))
      .toEqual([`${long} Sen. Benton spoke.`, 'The U.S. panel met.', 'Done.']);
    expect(splitSentences(`${'.'.repeat(60_000)}x Then it ended. Yes`, en)).toEqual([`${'.'.repeat(60_000)}x Then it ended.`, 'Yes']);
  });
});

describe('long inputs still give every person', () => {
  it('an English list of 150 officials with roles in one sentence', () => {
    const names = Array.from({ length: 150 }, (_, i) => enName(i));
    const text = `Mayor Ann Okafor chaired the meeting. Present were ${names.map((n) => `Dr. ${n}, director of the Library`).join(', ')}.`;
    const result = findAttendees({ paragraphs: [text], captions: [], lang: 'en' })!;
    const byName = new Map(result.people.map((p) => [p.name, p]));
    for (const n of names) {
      expect(byName.get(n)?.parts, n).toEqual(['attendee']);
      expect(byName.get(n)?.roles, n).toEqual(['director of the Library']);
    }
    expect(byName.get('Ann Okafor')?.parts).toEqual(['chair']);
  });

  it('a Vietnamese list of 150 officials with roles', () => {
    const names = Array.from({ length: 150 }, (_, i) => viName(i));
    const text = `Dự hội nghị có các đồng chí: ${names.map((n) => `${n}, Phó Chủ tịch UBND tỉnh`).join('; ')}.`;
    const result = findAttendees({ paragraphs: ['Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.', text], captions: [], lang: 'vi' })!;
    const byName = new Map(result.people.map((p) => [p.name, p]));
    for (const n of names) {
      expect(byName.get(n)?.parts, n).toEqual(['attendee']);
      expect(byName.get(n)?.roles, n).toEqual(['Phó Chủ tịch UBND tỉnh']);
    }
  });

  it('hundreds of sentences, and one person referred to by surname hundreds of times', () => {
    const names = Array.from({ length: 300 }, (_, i) => enName(i));
    const paragraphs = [
      ...names.map((n) => `Councilmember ${n} attended the meeting.`),
      'Bob Greaves chaired the meeting.',
      ...Array.from({ length: 300 }, () => 'Greaves said the budget would pass.'),
    ];
    const result = findAttendees({ paragraphs, captions: [], lang: 'en' })!;
    expect(result.people).toHaveLength(301);
    const greaves = result.people.find((p) => p.name === 'Bob Greaves')!;
    expect(greaves.parts).toEqual(['chair', 'speaker']);
    expect(result.people.filter((p) => p.parts.includes('attendee')).map((p) => p.name).sort()).toEqual([...names].sort());
  });

  it(`reads the first ${MAX_BODY_CHARS.toLocaleString('en')} characters of a huge body, and the captions on their own budget`, () => {
    const filler = Array.from({ length: 40 }, () => `${'Councilmember Ann Okafor attended the meeting. '.repeat(1000)}`);
    const result = findAttendees({
      paragraphs: ['Mayor Bob Greaves chaired the meeting.', ...filler, 'Mayor Carla Lindqvist chaired the meeting.'],
      captions: ['Deputy Mayor Deepak Moreau attended the ceremony.'],
      lang: 'en',
    })!;
    const names = result.people.map((p) => p.name);
    expect(names).toContain('Bob Greaves');
    expect(names).toContain('Ann Okafor');
    expect(names).toContain('Deepak Moreau');
    // Past the budget: 1.9 MB of body later, this one is not read.
    expect(names).not.toContain('Carla Lindqvist');
  });
});
