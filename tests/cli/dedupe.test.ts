import { describe, expect, it } from 'vitest';
import { keptIndex, similarity, type DedupeEntry } from '../../src/cli/corpus/dedupe';
import { minhash, normaliseText, textSha256 } from '../../src/cli/corpus/text-fingerprint';
import { parseCli } from '../../src/cli/args';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`).join(' ');
const base = words(400, 1);
const texts: Record<string, string> = {
  a: base,
  b: `${base.slice(0, base.length - 300)} a different ending of this copy`, // near copy of a
  c: base.toUpperCase().replace(/ /g, '  \n'), // exact copy of a once normalised
  d: words(400, 2), // another text
  e: words(400, 2), // exact copy of d
  f: words(50, 3),
};
const entry = (key: string, mode: 'exact' | 'near'): DedupeEntry => ({ key, sha256: textSha256(texts[key]!), minhash: mode === 'near' ? minhash(texts[key]!) : undefined });

function keptKeys(order: string[], mode: 'exact' | 'near'): Record<string, string> {
  const entries = order.map((k) => entry(k, mode));
  const kept = keptIndex(entries, mode);
  return Object.fromEntries(order.map((k, i) => [k, entries[kept[i]!]!.key]));
}

describe('de-duplication', () => {
  it('normalises case, compatibility forms and whitespace before hashing', () => {
    expect(normaliseText('  Ｃafé\tNOIR \n')).toBe('café noir');
    expect(textSha256(texts.a!)).toBe(textSha256(texts.c!));
    expect(textSha256(texts.a!)).not.toBe(textSha256(texts.b!));
  });

  it('estimates Jaccard similarity of shingles: high for a near copy, near zero for another text', () => {
    expect(similarity(minhash(texts.a!), minhash(texts.b!))).toBeGreaterThan(0.8);
    expect(similarity(minhash(texts.a!), minhash(texts.d!))).toBeLessThan(0.1);
    expect([...minhash(texts.a!)]).toEqual([...minhash(texts.a!)]);
  });

  it('keeps the smallest key of each group, whatever the order', () => {
    const orders = [['a', 'b', 'c', 'd', 'e', 'f'], ['f', 'e', 'd', 'c', 'b', 'a'], ['c', 'e', 'a', 'f', 'b', 'd']];
    for (const order of orders) {
      expect(keptKeys(order, 'exact')).toEqual({ a: 'a', b: 'b', c: 'a', d: 'd', e: 'd', f: 'f' });
      expect(keptKeys(order, 'near')).toEqual({ a: 'a', b: 'a', c: 'a', d: 'd', e: 'd', f: 'f' });
    }
  });
});

describe('--shard', () => {
  const corpus = ['extract', 'x.warc.gz', '--format', 'jsonl', '--out', 'out'];
  it('defaults to the Slurm array task in a corpus run, and only there', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0' });
      expect(parseCli(corpus).shard).toEqual({ index: 3, count: 4 });
      expect(parseCli([...corpus, '--shard', '1/2']).shard).toEqual({ index: 1, count: 2 });
      expect(parseCli(['extract', 'page.html']).shard).toBeNull();
      // An array numbered from 1 (--array=1-4): task 4 is share 3 of 4.
      Object.assign(process.env, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1' });
      expect(parseCli(corpus).shard).toEqual({ index: 3, count: 4 });
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    }
    expect(() => parseCli([...corpus, '--shard', '2/2'])).toThrow(/0 <= I < N/);
    expect(() => parseCli(['extract', 'a.html', '--dedupe', 'near'])).toThrow(/need --format jsonl --out DIR/);
    expect(() => parseCli([...corpus, '--lang', 'vi,english'])).toThrow(/--lang takes language codes/);
  });
});
