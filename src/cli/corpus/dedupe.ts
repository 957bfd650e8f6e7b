/**
 * Groups duplicate records and picks the one kept in each group by a stable key (not by arrival), so the result is
 * the same whatever the worker count, the input order or the shard a record was extracted in.
 *   exact: the same SHA-256 of the normalised text (text-fingerprint.ts).
 *   near:  exact groups, joined by MinHash: records whose signatures agree in at least NEAR_THRESHOLD of their
 *          positions (an estimate of the Jaccard similarity of their 5-word shingles). Candidates come from LSH
 *          (16 bands of 8 rows: pairs at 0.8 meet in some band with probability 0.9996); groups are the connected
 *          components of the pairs found, which do not depend on the order they were found in.
 */
import { MINHASH_SIZE } from './text-fingerprint';

export const NEAR_THRESHOLD = 0.8;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

export interface DedupeEntry {
  /** Orders the candidates: the smallest key of a group is kept. Unique per record. */
  key: string;
  sha256: string;
  minhash?: Uint32Array;
}

/** For each entry, the index of the entry kept for its group (itself when kept). */
export function keptIndex(entries: readonly DedupeEntry[], mode: 'exact' | 'near'): number[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  joinBy(entries.map((e) => e.sha256), union);
  if (mode === 'near') {
    for (let band = 0; band < BANDS; band++) {
      const buckets = new Map<string, number[]>();
      entries.forEach((e, i) => {
        const bucket = e.minhash!.slice(band * ROWS, (band + 1) * ROWS).join(',');
        const list = buckets.get(bucket);
        if (list) list.push(i);
        else buckets.set(bucket, [i]);
      });
      for (const members of buckets.values()) {
        for (let a = 0; a < members.length; a++) {
          for (let b = a + 1; b < members.length; b++) {
            const i = members[a]!;
            const j = members[b]!;
            if (find(i) !== find(j) && similarity(entries[i]!.minhash!, entries[j]!.minhash!) >= NEAR_THRESHOLD) union(i, j);
          }
        }
      }
    }
  }
  // The kept one of each group: its smallest key.
  const best = new Map<number, number>();
  entries.forEach((e, i) => {
    const root = find(i);
    const current = best.get(root);
    if (current === undefined || e.key < entries[current]!.key) best.set(root, i);
  });
  return entries.map((_, i) => best.get(find(i))!);
}

function joinBy(values: string[], union: (a: number, b: number) => void): void {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    const f = first.get(v);
    if (f === undefined) first.set(v, i);
    else union(f, i);
  });
}

/** Share of signature positions that agree: the MinHash estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
