/**
 * JSON: the Article with provenance, keys in a fixed order so two exports of the same article are byte-equal
 * and diffs stay readable. The schema (and when schemaVersion changes) is documented in docs/json-schema.md.
 */
import type { Article, Attendee, Detection, ArticleImage, RemovedReport } from '../article';
import type { ExportContext } from './context';
import { stringifyJson } from './json-text';
import { sha256Utf8 } from './sha256';

export const JSON_SCHEMA_VERSION = 1;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `value`'s keys in `order` first, then any others sorted, so fields added later still serialise stably. */
function ordered<T extends object>(value: T, order: readonly (keyof T & string)[], map: Partial<Record<keyof T & string, (v: never) => Json>> = {}): { [key: string]: Json } {
  const source = value as Record<string, unknown>;
  const rest = Object.keys(source).filter((k) => !(order as readonly string[]).includes(k)).sort();
  const out: { [key: string]: Json } = {};
  for (const key of [...order, ...rest]) {
    const v = source[key];
    if (v === undefined) continue;
    const fn = (map as Record<string, ((v: never) => Json) | undefined>)[key];
    out[key] = fn ? fn(v as never) : (v as Json);
  }
  return out;
}

const detection = (d: Detection): Json =>
  ordered(d, ['score', 'signals'], { signals: (s: Detection['signals']) => s.map((x) => ordered(x, ['name', 'weight', 'detail'])) });

const attendee = (a: Attendee): Json => ordered(a, ['name', 'roles', 'parts', 'evidence']);

export function canonicalArticle(article: Article): { [key: string]: Json } {
  return ordered(
    article,
    ['url', 'canonicalUrl', 'title', 'byline', 'siteName', 'lang', 'dir', 'published', 'excerpt', 'standfirst', 'isArticle', 'detection',
      'html', 'text', 'paragraphs', 'images', 'wordCount', 'readingMinutes', 'attendees', 'removed'],
    {
      detection,
      images: (images: ArticleImage[]) => images.map((i) => ordered(i, ['src', 'alt', 'caption'])),
      attendees: (a: Article['attendees']) =>
        a && ordered(a, ['people', 'groups'], { people: (people: Attendee[]) => people.map(attendee) }),
      removed: (removed: RemovedReport[]) => removed.map((r) => ordered(r, ['rule', 'count', 'examples'])),
    },
  );
}

/** The JSON export as an object (one record of a JSONL batch). */
export function jsonRecord(article: Article, ctx: ExportContext): { [key: string]: Json } {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    provenance: {
      accessedAt: ctx.accessedAt,
      extractor: { name: ctx.extractor.name, version: ctx.extractor.version },
      contentSha256: sha256Utf8(article.text),
      sourceSha256: ctx.sourceSha256 ?? (ctx.sourceHtml === undefined ? null : sha256Utf8(ctx.sourceHtml)),
    },
    article: canonicalArticle(article),
  };
}

export function toJson(article: Article, ctx: ExportContext): string {
  return `${stringifyJson(jsonRecord(article, ctx), 2)}\n`;
}
