/** Checks an Article against its contract (src/core/article.ts). Returns what is wrong, [] when valid. */
import type { Article } from '../../src/core/article';

const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const strings = (v: unknown) => Array.isArray(v) && v.every(str);

export function articleProblems(a: Article): string[] {
  const p: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) p.push(what); };
  for (const k of ['url', 'title', 'lang', 'html', 'text'] as const) check(str(a[k]), `${k} is not a string`);
  for (const k of ['canonicalUrl', 'byline', 'siteName', 'published', 'excerpt'] as const) check(strOrNull(a[k]), `${k} is not string|null`);
  check(a.dir === 'ltr' || a.dir === 'rtl', `dir is ${String(a.dir)}`);
  check(typeof a.isArticle === 'boolean', 'isArticle is not boolean');
  check(strings(a.paragraphs), 'paragraphs is not string[]');
  check(a.paragraphs.every((x) => x.length > 0 && x === x.trim()), 'a paragraph is empty or untrimmed');
  check(a.text === a.paragraphs.join('\n\n'), "text !== paragraphs.join('\\n\\n')");
  check(Number.isInteger(a.wordCount) && a.wordCount >= 0, `wordCount ${a.wordCount}`);
  check(Number.isFinite(a.readingMinutes) && a.readingMinutes >= 0, `readingMinutes ${a.readingMinutes}`);
  const d = a.detection;
  check(typeof d?.score === 'number' && d.score >= 0 && d.score <= 1, `detection.score ${d?.score}`);
  check(Array.isArray(d?.signals) && d.signals.every((s) => str(s.name) && Number.isFinite(s.weight)), 'detection.signals malformed');
  check(a.isArticle === d.score >= 0.5, 'isArticle disagrees with the score');
  check(Array.isArray(a.images) && a.images.every((i) => /^https?:/.test(i.src) && str(i.alt) && strOrNull(i.caption)), 'images malformed');
  check(Array.isArray(a.removed) && a.removed.every((r) => str(r.rule) && Number.isInteger(r.count) && strings(r.examples)), 'removed malformed');
  check(a.attendees === null || (Array.isArray(a.attendees.people) && strings(a.attendees.groups)), 'attendees malformed');
  if (a.published !== null) check(/^\d{4}-\d{2}-\d{2}/.test(a.published), `published ${a.published}`);
  let roundTrip: unknown;
  try {
    roundTrip = JSON.parse(JSON.stringify(a));
  } catch (err) {
    p.push(`not JSON-serialisable: ${(err as Error).message}`);
  }
  if (roundTrip !== undefined && !deepEqual(roundTrip, a)) p.push('JSON round-trip changes the Article');
  return p;
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
  const ky = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
  return kx.length === ky.length && kx.every((k) => deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}
