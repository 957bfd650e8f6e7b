/**
 * The reader shows the article before the people (extract.ts `attendeesLater`): the summary handed over later must be
 * the one the Article would have carried, labels made plain the same way, on reports with people and without.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attendees } from '../../src/core/article';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer, parseDocument } from '../../src/node/index';

const page = (slug: string) => readFileSync(join(process.cwd(), 'tests/fixtures', slug, 'page.html'), 'utf8');
const URL = 'https://news.example/a';

describe('the attendee pass handed to the caller', () => {
  for (const slug of ['baothanhhoa-giao-ban-dan-van', 'kellerton-council-library', 'longshore-river-towns-feature']) {
    it(`gives the same summary as a whole extraction: ${slug}`, () => {
      const whole = extractArticle(parseDocument(page(slug)), URL, { sanitize: nodeSanitizer(), consumeDocument: true });
      let find: (() => Attendees | null) | null = null;
      const first = extractArticle(parseDocument(page(slug)), URL, { sanitize: nodeSanitizer(), consumeDocument: true, attendeesLater: (f) => (find = f) });
      expect(first.attendees).toBeNull();
      expect({ ...first, attendees: whole.attendees }).toEqual(whole);
      expect(find).not.toBeNull();
      expect(find!()).toEqual(whole.attendees);
    });
  }

  it('is handed over for a report with people (the founding page names its chair)', () => {
    let find: (() => Attendees | null) | null = null;
    extractArticle(parseDocument(page('baothanhhoa-giao-ban-dan-van')), URL, { sanitize: nodeSanitizer(), consumeDocument: true, attendeesLater: (f) => (find = f) });
    expect(find!()?.people.length).toBeGreaterThan(0);
  });
});
