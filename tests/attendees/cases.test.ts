import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { comparable, comparableResult } from './compare';
import { loadOwnCases } from './load-cases';

// Hand-annotated articles in tests/attendees/cases/ (written before the code that reads them).
const cases = loadOwnCases();

describe('findAttendees on the annotated cases', () => {
  it('has at least 20 cases in both languages, with and without events', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['vi', 'en']));
    expect(cases.some((c) => c.people === null)).toBe(true);
  });

  for (const c of cases) {
    it(`${c.slug}: people, roles and parts`, () => {
      const result = findAttendees({ paragraphs: c.paragraphs, captions: c.captions, lang: c.lang });
      expect(comparableResult(result)).toEqual(comparable(c.people));
    });
  }
});
