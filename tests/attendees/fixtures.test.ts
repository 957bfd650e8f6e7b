import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { comparable, comparableResult } from './compare';
import { loadFixtureCases } from './load-cases';

// The golden fixtures' expected paragraphs and captions go in, so this checks the attendee finder alone,
// independent of how well extraction recovers the paragraphs from page.html.
const cases = loadFixtureCases();

describe('findAttendees on the golden fixtures', () => {
  it('finds fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const c of cases) {
    it(`${c.slug}: people, roles and parts`, () => {
      const result = findAttendees({ paragraphs: c.paragraphs, captions: c.captions, lang: c.lang });
      expect(comparableResult(result)).toEqual(comparable(c.people));
    });
  }
});
