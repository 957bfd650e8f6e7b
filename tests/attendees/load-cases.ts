/**
 * Annotated attendee cases: the golden fixtures (shared/fixtures and tests/fixtures, deduplicated by slug) and
 * the hand-written cases in tests/attendees/cases/. Node-only; shared by the test and bench/attendees.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttendeePart } from '../../src/core/article';

export interface ExpectedPerson {
  name: string;
  roles: string[];
  parts: AttendeePart[];
}

export interface AttendeeCase {
  slug: string;
  source: 'fixture' | 'case';
  lang: string;
  paragraphs: string[];
  captions: string[];
  /** Null when the article reports no event with people (expected null, [] or no people). */
  people: ExpectedPerson[] | null;
  groups: string[];
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(HERE, '../..');
export const CASES_DIR = join(HERE, 'cases');

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
