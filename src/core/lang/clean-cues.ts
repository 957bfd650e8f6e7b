import { de } from './de/clean';
import { en } from './en/clean';
import { es } from './es/clean';
import { fr } from './fr/clean';
import { it } from './it/clean';
import { ja } from './ja/clean';
import { nl } from './nl/clean';
import { pl } from './pl/clean';
import { pt } from './pt/clean';
import { ru } from './ru/clean';
import type { CueKind, CueList, LanguageCues } from './clean-cue-types';
import { vi } from './vi/clean';
import { zh } from './zh/clean';

export type { CueKind, CueList, LanguageCues } from './clean-cue-types';

/** Every language's cleaning cues, by primary subtag. */
export const byLang: Readonly<Record<string, LanguageCues>> = { de, en, es, fr, it, ja, nl, pl, pt, ru, vi, zh };

/** The cue lists to merge: every field of the data that is a list of phrases (a new list needs no entry here). */
const LISTS = (Object.keys(en) as (keyof LanguageCues)[]).filter((key): key is CueList => Array.isArray(en[key]));

/** The page language's cues merged with English (pages mix both; English is always the fallback). */
export function cuesFor(lang: string): LanguageCues {
  const primary = (lang || 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const own = byLang[primary];
  if (!own || own === en) return en;
  const merged: LanguageCues = { ...en, lang: own.lang, wordsPerMinute: own.wordsPerMinute, classHints: {} };
  for (const key of LISTS) merged[key] = unique([...own[key], ...en[key]]);
  const kinds = new Set<CueKind>([...Object.keys(en.classHints), ...Object.keys(own.classHints)] as CueKind[]);
  for (const kind of kinds) merged.classHints[kind] = unique([...(own.classHints[kind] ?? []), ...(en.classHints[kind] ?? [])]);
  return merged;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
