import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attendees } from '../../src/core/article';
import { type AttendeeCase, loadCorpus } from './load-cases';
import { score } from './score';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A corpus folder with the given files (path under the corpus root -> contents). */
function corpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'att-corpus-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const report = {
  lang: 'en',
  genre: 'us-city-council',
  country: 'US',
  style: 'local daily',
  paragraphs: ['Mayor Ana Ortiz chaired the meeting.', 'Councilmember Lee Park said the budget was late.'],
  captions: ['Mayor Ana Ortiz at Tuesday\'s meeting.'],
  annotation: ['P1: Ortiz chaired -> chair', 'P2: Park spoke -> speaker'],
  traps: ['title before the name'],
  attendees: {
    people: [
      { name: 'Ana Ortiz', roles: ['Mayor'], parts: ['chair'] },
      { name: 'Lee Park', roles: ['Councilmember'], parts: ['speaker'] },
    ],
    groups: [],
  },
};

describe('loadCorpus', () => {
  it('returns nothing when the split folder is absent or empty', () => {
    const root = corpus({});
    expect(loadCorpus('test', root)).toEqual([]);
    mkdirSync(join(root, 'test', 'en'), { recursive: true });
    expect(loadCorpus('test', root)).toEqual([]);
  });

  it('reads both languages, carrying genre, country, annotation and traps', () => {
    const vi = { ...report, lang: 'vi', paragraphs: ['Không có sự kiện.'], attendees: null };
    const root = corpus({
      'dev/en/en-us-city-council-budget.json': JSON.stringify(report),
      'dev/vi/vi-tin-thuong-gia-lua.json': JSON.stringify(vi),
      'dev/en/notes.txt': 'not a report',
    });
    const cases = loadCorpus('dev', root);
    expect(cases.map((c) => [c.slug, c.lang, c.source])).toEqual([
      ['en-us-city-council-budget', 'en', 'dev'],
      ['vi-tin-thuong-gia-lua', 'vi', 'dev'],
    ]);
    const [en, v] = cases as [AttendeeCase, AttendeeCase];
    expect(en.genre).toBe('us-city-council');
    expect(en.country).toBe('US');
    expect(en.traps).toEqual(['title before the name']);
    expect(en.annotation).toHaveLength(2);
    expect(en.captions).toEqual(report.captions);
    expect(en.people?.map((p) => p.name)).toEqual(['Ana Ortiz', 'Lee Park']);
    expect(v.people).toBeNull();
    expect(loadCorpus('test', root)).toEqual([]);
  });

  const broken: [string, string][] = [
    ['invalid JSON', '{"lang": "en", "paragraphs": ['],
    ['no attendees field', JSON.stringify({ ...report, attendees: undefined })],
    ['a language other than its folder', JSON.stringify({ ...report, lang: 'vi' })],
    ['an unknown part', JSON.stringify({ ...report, attendees: { people: [{ name: 'A B', roles: [], parts: ['host'] }] } })],
    ['roles that are not a list', JSON.stringify({ ...report, attendees: { people: [{ name: 'A B', roles: 'Mayor', parts: ['chair'] }] } })],
    ['a person listed twice', JSON.stringify({ ...report, attendees: { people: [report.attendees.people[0], report.attendees.people[0]] } })],
    ['no paragraphs', JSON.stringify({ ...report, paragraphs: [] })],
  ];
  for (const [what, text] of broken) {
    it(`fails loudly, naming the file, on ${what}`, () => {
      const root = corpus({ 'dev/en/en-good.json': JSON.stringify(report), 'dev/en/en-bad.json': text });
      expect(() => loadCorpus('dev', root)).toThrow(/en-bad\.json/);
    });
  }

  it('reads the development part of the repository without error', () => {
    for (const c of loadCorpus('dev')) expect(c.paragraphs.length).toBeGreaterThan(0);
  });

  // The test part is scored only by the bench; reading it here catches a malformed report when it is committed,
  // not when someone measures. Only the format and the annotation conventions are checked, never the finder.
  it('reads the test part of the repository without error, in both languages', () => {
    const cases = loadCorpus('test');
    for (const lang of ['en', 'vi']) expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThan(0);
  });

  const ORDER = ['chair', 'attendee', 'speaker'];
  for (const split of ['dev', 'test'] as const) {
    it(`${split}: every expected name is printed in its report, parts in the documented order`, () => {
      const wrong: string[] = [];
      for (const c of loadCorpus(split)) {
        const text = [...c.paragraphs, ...c.captions].join('\n');
        for (const p of c.people ?? []) {
          if (!text.includes(p.name)) wrong.push(`${c.slug}: ${p.name} not in the text`);
          const at = p.parts.map((x) => ORDER.indexOf(x));
          if (at.some((v, i) => i > 0 && v <= at[i - 1]!)) wrong.push(`${c.slug}: ${p.name} parts ${p.parts.join(',')}`);
          if (p.parts.includes('chair') && p.parts.includes('attendee')) wrong.push(`${c.slug}: ${p.name} chair and attendee`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('score', () => {
  const c = (people: AttendeeCase['people']): AttendeeCase =>
    ({ slug: 's', source: 'dev', lang: 'en', paragraphs: ['x'], captions: [], people, groups: ['the board'] });
  const got = (people: { name: string; roles: string[]; parts: ('chair' | 'attendee' | 'speaker')[] }[]): Attendees =>
    ({ people: people.map((p) => ({ ...p, evidence: [] })), groups: ['the board', 'others'] });

  it('counts names, roles, parts and people on reports without an event', () => {
    const { score: s, outcomes } = score([
      {
        c: c([
          { name: 'Ana Ortiz', roles: ['Mayor'], parts: ['chair'] },
          { name: 'Lee Park', roles: ['Councilmember', 'Ward 3'], parts: ['attendee', 'speaker'] },
          { name: 'Joe Bell', roles: [], parts: ['speaker'] },
        ]),
        result: got([
          { name: 'Ana Ortiz', roles: ['Mayor'], parts: ['chair'] },
          { name: 'Lee Park', roles: ['Councilmember'], parts: ['speaker'] },
          { name: 'Environmental Quality', roles: [], parts: ['attendee'] },
        ]),
      },
      { c: c(null), result: got([{ name: 'Sam Roe', roles: [], parts: ['speaker'] }]) },
    ]);
    expect([s.found, s.extra, s.missed]).toEqual([2, 2, 1]);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(s.roleJaccard).toBeCloseTo((1 + 0.5) / 2);
    expect(s.partsExact).toBeCloseTo(0.5);
    expect([s.nonEvents, s.peopleOnNonEvents]).toEqual([1, 1]);
    expect([s.groupsExpected, s.groupsFoundExactly, s.groupsReturned]).toEqual([2, 2, 4]);
    expect(outcomes[0]!.problems).toEqual([
      expect.stringMatching(/^Lee Park: roles/),
      expect.stringMatching(/^missing Joe Bell/),
      expect.stringMatching(/^extra Environmental Quality/),
    ]);
    expect(outcomes[1]!.problems).toEqual([expect.stringMatching(/^extra Sam Roe/)]);
  });

  it('is perfect on an exact answer', () => {
    const people = [{ name: 'Ana Ortiz', roles: ['Mayor'], parts: ['chair' as const] }];
    const { score: s, outcomes } = score([{ c: c(people), result: got(people) }]);
    expect([s.precision, s.recall, s.f1, s.roleJaccard, s.partsExact]).toEqual([1, 1, 1, 1, 1]);
    expect(outcomes[0]!.problems).toEqual([]);
  });
});
