/**
 * Annotated attendee cases: the golden fixtures (shared/fixtures and tests/fixtures, deduplicated by slug), the
 * hand-written cases in tests/attendees/cases/, and the corpus (tests/attendees/corpus/{dev,test}/{en,vi}/, format in
 * docs/attendee-annotation.md). Node-only; shared by the tests and bench/attendees.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttendeePart } from '../../src/core/article';

export interface ExpectedPerson {
  name: string;
  roles: string[];
  parts: AttendeePart[];
}

export interface AttendeeCase {
  slug: string;
  source: 'fixture' | 'case' | CorpusSplit;
  lang: string;
  paragraphs: string[];
  captions: string[];
  /** Null when the article reports no event with people (expected null, [] or no people). */
  people: ExpectedPerson[] | null;
  groups: string[];
  /** Corpus reports only: carried for reading scores, never given to the finder. */
  genre?: string;
  country?: string;
  annotation?: string[];
  traps?: string[];
}

export type CorpusSplit = 'dev' | 'test';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(HERE, '../..');
export const CASES_DIR = join(HERE, 'cases');
export const CORPUS_DIR = join(HERE, 'corpus');

/** Where fixture folders may live: the repository's copies first, then the shared originals beside it. */
export function fixtureRoots(): string[] {
  const roots = [join(REPO, 'tests/fixtures'), resolve(REPO, '../shared/fixtures'), '/work/shared/fixtures'];
  return [...new Set(roots)].filter((r) => existsSync(r));
}

interface RawExpected {
  _draft?: boolean;
  lang?: string;
  paragraphs?: (string | string[])[];
  captions?: string[];
  attendees?: { people?: ExpectedPerson[]; groups?: string[] } | [] | null;
  genre?: string;
  country?: string;
  annotation?: string[];
  traps?: string[];
}

function toCase(slug: string, source: AttendeeCase['source'], raw: RawExpected): AttendeeCase {
  const att = Array.isArray(raw.attendees) ? null : raw.attendees ?? null;
  const people = att?.people?.length ? att.people : null;
  return {
    slug,
    source,
    lang: raw.lang ?? 'en',
    paragraphs: (raw.paragraphs ?? []).map((p) => (Array.isArray(p) ? p[0] ?? '' : p)),
    captions: raw.captions ?? [],
    people,
    groups: att?.groups ?? [],
  };
}

/** Reviewed golden fixtures (drafts awaiting review and folders without expected.json are left out). */
export function loadFixtureCases(): AttendeeCase[] {
  const seen = new Map<string, AttendeeCase>();
  for (const root of fixtureRoots()) {
    for (const slug of readdirSync(root).sort()) {
      const file = join(root, slug, 'expected.json');
      if (seen.has(slug) || !statSync(join(root, slug)).isDirectory() || !existsSync(file)) continue;
      const raw = JSON.parse(readFileSync(file, 'utf8')) as RawExpected;
      if (raw._draft) continue;
      seen.set(slug, toCase(slug, 'fixture', raw));
    }
  }
  return [...seen.values()];
}

export function loadOwnCases(): AttendeeCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => toCase(f.replace(/\.json$/, ''), 'case', JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8'))));
}

export function loadAllCases(): AttendeeCase[] {
  return [...loadFixtureCases(), ...loadOwnCases()];
}

const PARTS = new Set(['chair', 'attendee', 'speaker']);
const LANGS = ['en', 'vi'];

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Checks one corpus report against the format and returns it as a case. Throws, naming the file, on anything that
 * does not fit: a report that cannot be read must fail the run, not vanish from the score.
 */
export function parseCorpusReport(file: string, text: string, split: CorpusSplit, folderLang: string): AttendeeCase {
  const fail = (why: string): never => {
    throw new Error(`attendee corpus report ${file}: ${why}`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not JSON (${(e as Error).message})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('not a JSON object');
  const r = raw as RawExpected & Record<string, unknown>;
  if (r.lang !== folderLang) fail(`lang ${JSON.stringify(r.lang)} in the ${folderLang}/ folder`);
  if (!isStrings(r.paragraphs) || !r.paragraphs.length) fail('paragraphs must be a non-empty array of strings');
  if (r.captions !== undefined && !isStrings(r.captions)) fail('captions must be an array of strings');
  for (const k of ['annotation', 'traps'] as const) if (r[k] !== undefined && !isStrings(r[k])) fail(`${k} must be strings`);
  for (const k of ['genre', 'country'] as const) if (r[k] !== undefined && typeof r[k] !== 'string') fail(`${k} must be a string`);
  if (!('attendees' in r)) fail('no attendees field (null for a report without an event)');
  const att = r.attendees as { people?: unknown; groups?: unknown } | null;
  if (att !== null && (typeof att !== 'object' || Array.isArray(att))) fail('attendees must be null or an object');
  if (att && att.people !== undefined) {
    if (!Array.isArray(att.people)) fail('attendees.people must be an array');
    const names = new Set<string>();
    (att.people as ExpectedPerson[]).forEach((p, i) => {
      if (!p || typeof p.name !== 'string' || !p.name.trim()) fail(`person ${i}: no name`);
      if (!isStrings(p.roles)) fail(`${p.name}: roles must be an array of strings`);
      if (!isStrings(p.parts) || !p.parts.length || !p.parts.every((x: string) => PARTS.has(x))) {
        fail(`${p.name}: parts must be a non-empty list of chair, attendee, speaker`);
      }
      if (names.has(p.name)) fail(`${p.name} listed twice`);
      names.add(p.name);
    });
  }
  if (att && att.groups !== undefined && !isStrings(att.groups)) fail('attendees.groups must be an array of strings');
  const slug = basename(file).replace(/\.json$/, '');
  return {
    ...toCase(slug, split, r),
    genre: r.genre,
    country: r.country,
    annotation: r.annotation,
    traps: r.traps,
  };
}

/**
 * The reports of one corpus split, both languages, in file order; [] when the split's folder is absent or empty.
 * `root` is the corpus folder (tests/attendees/corpus unless given).
 */
export function loadCorpus(split: CorpusSplit, root = CORPUS_DIR): AttendeeCase[] {
  const out: AttendeeCase[] = [];
  for (const lang of LANGS) {
    const dir = join(root, split, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const file = join(dir, f);
      out.push(parseCorpusReport(file, readFileSync(file, 'utf8'), split, lang));
    }
  }
  return out;
}
