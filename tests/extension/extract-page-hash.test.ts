// @vitest-environment jsdom
/**
 * The reader's shortcut reads the page without hashing it; the popup's exports get the hash of the markup as it was
 * when the page was read, even though the overlay's host was put in the document right before the extraction.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageWithHash } from '../../src/extension/content/extract-page';
import { serializedSource } from '../../src/extension/content/source-hash';

const sha = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');
const page = readFileSync(join(process.cwd(), 'tests/fixtures/kellerton-council-library/page.html'), 'utf8');

describe('extractPage and the provenance hash', () => {
  it('hashes the markup read before the overlay host went in, only when the popup asks, and once', () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
    const before = serializedSource(document);
    let hostAdded = false;
    const read = extractPage(false, () => {
      const host = document.createElement('div');
      host.setAttribute('data-lucid-reader-overlay', 'loading');
      document.documentElement.append(host);
      hostAdded = true;
    });
    expect(hostAdded).toBe(true);
    expect(read.ok).toBe(true);
    expect(read.ok && read.sourceSha256).toBeFalsy();
    expect(serializedSource(document)).not.toBe(before); // the host is in the page now

    const hashed = extractPageWithHash(false);
    expect(hashed.ok && hashed.sourceSha256).toBe(sha(before));
    expect(hashed.ok && hashed.article.title).toBe(read.ok && read.article.title);
    // Cached with its hash: asking again neither re-reads nor re-hashes.
    expect(extractPageWithHash(false)).toBe(hashed);
    expect(extractPage(false)).toBe(hashed);
  });

});
