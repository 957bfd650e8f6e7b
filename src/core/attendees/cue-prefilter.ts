/**
 * Which cue expressions can match in a sentence, known before any of them runs. Every cue match starts at a word edge
 * (findCues drops the rest), so a cue whose every match opens with one of a few short strings (match-prefixes.ts)
 * cannot match in a sentence where no word edge is followed by one of them. Most sentences of most pages hold no cue
 * at all; the 140 English expressions were 40% of the attendee pass, each run over every sentence, and each compiled
 * by V8 on its first run, which a page that never gets near it now skips. A cue that can match is tried only at
 * those positions (a sticky search each), not scanned along the whole sentence.
 */
import { matchPrefixes } from './match-prefixes';

/** Prefix length: three letters tell most cue words apart ("sai", "cha", "att") and keep the sets small. */
const K = 3;

export interface CuePrefilter {
  /** Cue indices by each of their prefixes. */
  byPrefix: Map<string, number[]>;
  /** Cues that may open with anything: always run. */
  always: number[];
}

/** `sources` are the expressions run on lowercased text, in the order of the cue list. */
export function buildCuePrefilter(sources: string[]): CuePrefilter {
  const byPrefix = new Map<string, number[]>();
  const always: number[] = [];
  sources.forEach((source, i) => {
    const prefixes = matchPrefixes(source, K);
    if (prefixes.includes('')) {
      always.push(i);
      return;
    }
    for (const p of prefixes) {
      const list = byPrefix.get(p);
      if (list) list.push(i);
      else byPrefix.set(p, [i]);
    }
  });
  return { byPrefix, always };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * No letter, mark or digit just before `at` (the `(?<![\p{L}\p{M}\p{N}])` the cue expressions leave out): where a
 * cue match may start. ASCII is read by code, the rest by the expression (a surrogate pair as one character).
 */
export function wordEdgeAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39));
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return !WORD_CHAR.test(text.slice(pair ? at - 2 : at - 1, at));
}

/**
 * Where each cue may match in `lower` (the lowercased sentence): by cue index, the word-edge positions, in increasing
 * order, that one of its prefixes opens; undefined for a cue that cannot match anywhere. Cues that may open with
 * anything get every edge position.
 */
export function cueStarts(lower: string, filter: CuePrefilter, count: number): (number[] | undefined)[] {
  const starts = new Array<number[] | undefined>(count);
  for (let at = 0; at < lower.length; at++) {
    if (!wordEdgeAt(lower, at)) continue;
    for (const i of filter.always) add(starts, i, at);
    const longest = Math.min(K, lower.length - at);
    for (let n = 1; n <= longest; n++) {
      const list = filter.byPrefix.get(lower.slice(at, at + n));
      if (list) for (const i of list) add(starts, i, at);
    }
  }
  return starts;
}

function add(starts: (number[] | undefined)[], i: number, at: number): void {
  const list = starts[i];
  if (!list) starts[i] = [at];
  else if (list[list.length - 1] !== at) list.push(at);
}
