/**
 * What de-duplication compares, computed beside each record in the worker: the SHA-256 of the normalised text (exact
 * duplicates) and a MinHash signature over its word shingles (near duplicates). Deterministic: fixed seeds, no
 * randomness, no dependence on the process or the thread.
 */
import { createHash } from 'node:crypto';

/** Words per shingle: five, as in the near-duplicate passes of the large web corpora (Gopher, FineWeb). */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature: 16 LSH bands of 8 rows. */
export const MINHASH_SIZE = 128;

/** Case, Unicode compatibility forms and whitespace do not make two texts different. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function textSha256(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/** 32-bit FNV-1a of a string's UTF-16 units, then a murmur3 finaliser for spread. */
function hash32(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seeds for the 128 hash functions, from a fixed generator (xorshift32 from a fixed start). */
const SEEDS = (() => {
  const seeds: number[] = [];
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds.push(x >>> 0);
  }
  return seeds;
})();

/** The MinHash signature of the text's word shingles; a text shorter than a shingle is one shingle. */
export function minhash(text: string): Uint32Array {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  if (shingles.size === 0) shingles.add(words.join(' '));
  // One base hash per shingle, re-mixed per seed: 128 cheap mixes instead of 128 string hashes.
  const base = [...shingles].map((s) => hash32(s, 0));
  return Uint32Array.from(SEEDS, (seed) => {
    let min = 0xffffffff;
    for (const h of base) {
      let x = Math.imul(h ^ seed, 0x9e3779b1);
      x ^= x >>> 15;
      x = Math.imul(x, 0x85ebca77) >>> 0;
      if (x < min) min = x;
    }
    return min;
  });
}
