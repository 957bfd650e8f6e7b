/**
 * The browser's JSON export names the page it read (issue #19): the tab hashes the HTML it extracted from and the
 * popup's JSON carries that hash. docs/json-schema.md says which bytes: these tests hold the code to it.
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import * as reg from '../../src/core/export/index';
import { hashSource, serializedSource } from '../../src/extension/content/source-hash';
import { renderExport } from '../../src/extension/popup/export-adapter';
import { viewFromResult } from '../../src/extension/popup/view-from-result';
import { buildArticle } from '../export/article-factory';

const sha = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

describe('the hash of the HTML the extraction read', () => {
  it('hashes the doctype line and the root element as the page has them, in UTF-8', () => {
    const { document } = new JSDOM('<!DOCTYPE html><html lang="vi"><head><title>Tin</title></head><body><p>Đà Nẵng</p></body></html>').window;
    document.body.append(document.createElement('aside')); // what a script added is part of the DOM read
    const expected = `<!DOCTYPE html>\n<html lang="vi"><head><title>Tin</title></head><body><p>Đà Nẵng</p><aside></aside></body></html>`;
    expect(serializedSource(document)).toBe(expected);
    expect(hashSource(serializedSource(document))).toBe(sha(expected));
  });

  it('writes a legacy doctype with its identifiers, and no doctype line for a page without one', () => {
    const legacy = new JSDOM('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><body></body></html>').window.document;
    expect(serializedSource(legacy).split('\n')[0]).toBe('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">');
    const none = new JSDOM('<html><body>x</body></html>').window.document;
    expect(serializedSource(none)).toBe('<html><head></head><body>x</body></html>');
  });

  it('goes from the extraction result into the popup JSON export, and is null when no hash was sent', () => {
    const article = buildArticle('kellerton-council-library');
    const hash = sha('<html></html>');
    const view = viewFromResult({ ok: true, article, sourceSha256: hash }, false);
    expect(view).toMatchObject({ kind: 'ready', sourceSha256: hash });
    const json = renderExport(reg, 'json', article, new Date('2025-03-04T05:06:07Z'), view.kind === 'ready' ? view.sourceSha256 : undefined);
    expect(JSON.parse(json!.text).provenance.sourceSha256).toBe(hash);
    const without = renderExport(reg, 'json', article, new Date('2025-03-04T05:06:07Z'));
    expect(JSON.parse(without!.text).provenance.sourceSha256).toBeNull();
  });
});
