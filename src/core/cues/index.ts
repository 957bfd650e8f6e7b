import { en } from './en';
import type { CueKind, LanguageCues } from './types';
import { vi } from './vi';

export type { CueKind, LanguageCues } from './types';

const byLang: Record<string, LanguageCues> = { en, vi };

/** The page language's cues merged with English (pages mix both; English is always the fallback). */
export function cuesFor(lang: string): LanguageCues {
  const primary = (lang || 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const own = byLang[primary];
  if (!own || own === en) return en;
  const merged: LanguageCues = { ...en, lang: own.lang, wordsPerMinute: own.wordsPerMinute, classHints: {} };
  const lists = ['comments', 'related', 'newsletter', 'share', 'ads', 'weather', 'markets', 'cookies', 'toolbar',
    'authorBio', 'tags', 'nowReading', 'prevNext', 'pressSections', 'callsToAction', 'creditWords', 'ctaVerbs', 'ctaChannels', 'bioVerbs', 'dateWords', 'bylinePrefixes'] as const;
  for (const key of lists) merged[key] = unique([...own[key], ...en[key]]);
  const kinds = new Set<CueKind>([...Object.keys(en.classHints), ...Object.keys(own.classHints)] as CueKind[]);
  for (const kind of kinds) merged.classHints[kind] = unique([...(own.classHints[kind] ?? []), ...(en.classHints[kind] ?? [])]);
  return merged;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
