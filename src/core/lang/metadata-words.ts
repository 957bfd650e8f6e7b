/**
 * Words the metadata readers need, of every language in one table: month names for the dates pages print, the words
 * that mark a printed date as an update rather than the publication, the words that introduce a byline, and the
 * names CMSs put in the author field when there is no author. Each language's list is lang/<code>/metadata.ts, which
 * its cleaning cues read too. The lists of every language are merged: a page in one language often prints its dates
 * or its byline in another (English templates on German sites), and a month word of one language is rarely another
 * language's word next to a day and a year.
 */

import { metadata as en } from './en/metadata';
import { metadata as de } from './de/metadata';
import { metadata as fr } from './fr/metadata';
import { metadata as es } from './es/metadata';
import { metadata as it } from './it/metadata';
import { metadata as pt } from './pt/metadata';
import { metadata as nl } from './nl/metadata';
import { metadata as id } from './id/metadata';
import { metadata as ru } from './ru/metadata';
import { metadata as vi } from './vi/metadata';
import { metadata as ja } from './ja/metadata';
import { metadata as pl } from './pl/metadata';
import { metadata as zh } from './zh/metadata';
import type { MetadataWords } from './metadata-word-types';

export type { MetadataWords } from './metadata-word-types';

const byLang: Record<string, MetadataWords> = { en, de, fr, es, it, pt, nl, id, ru, vi, ja, pl, zh };

let merged: MetadataWords | undefined;

/** Every language's words in one table (see the note at the top of the file). */
export function metadataWords(): MetadataWords {
  if (merged) return merged;
  const all = Object.values(byLang);
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  merged = {
    months: Object.assign({}, ...all.map((w) => w.months)),
    updated: unique(all.map((w) => w.updated)),
    bylinePrefixes: unique(all.map((w) => w.bylinePrefixes)).sort((a, b) => b.length - a.length),
    placeholderAuthors: unique(all.map((w) => w.placeholderAuthors)),
    roles: unique(all.map((w) => w.roles)),
    deskWords: unique(all.map((w) => w.deskWords)),
    authorPaths: unique(all.map((w) => w.authorPaths)),
    weekdays: unique(all.map((w) => w.weekdays)),
    dateConnectors: unique(all.map((w) => w.dateConnectors)),
    dateLineWords: unique(all.map((w) => w.dateLineWords)),
  };
  return merged;
}
