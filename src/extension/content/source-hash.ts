/**
 * The SHA-256 of the HTML the extraction read, for the JSON export's provenance (docs/json-schema.md,
 * `sourceSha256`). The bytes: the UTF-8 encoding of the live document serialised as the page's markup at the moment
 * of extraction — `<!DOCTYPE name>` with its public and system ids when the page has a doctype, a line feed, then
 * `document.documentElement.outerHTML`. That is the DOM the extractor cloned (after the page's scripts ran), not the
 * bytes the server sent: a browser does not keep those.
 */
import { sha256Utf8 } from '../../core/export/index';

export function serializedSource(doc: Document): string {
  const type = doc.doctype;
  const doctype = type
    ? `<!DOCTYPE ${type.name}${type.publicId ? ` PUBLIC "${type.publicId}"` : ''}${type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : ''}>\n`
    : '';
  return doctype + (doc.documentElement?.outerHTML ?? '');
}

/** The hash of markup serializedSource gave (taken when the page is read, hashed when the popup asks). */
export function hashSource(markup: string): string {
  return sha256Utf8(markup);
}
