import { describe, expect, it } from 'vitest';
import { substringIndex } from '../../src/core/fallback/substring-index';

/** A deterministic pseudo-random source, so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

describe('substringIndex answers as String.prototype.includes does', () => {
  it('on long texts of words, for keys taken from the text, altered, short and long', () => {
    const rand = rng(7);
    const words = ['der', 'Rat', 'hat', 'am', 'Montag', 'the', 'council', 'voted', 'hội', 'nghị', 'đồng', 'chí', '会議', '。', ',', 'x'];
    for (let round = 0; round < 6; round++) {
      const text = Array.from({ length: 3000 }, () => words[Math.floor(rand() * words.length)]).join(' ');
      const has = substringIndex(text);
      for (let q = 0; q < 400; q++) {
        const at = Math.floor(rand() * text.length);
        const len = 1 + Math.floor(rand() * 70);
        let key = text.slice(at, at + len);
        if (q % 3 === 0) key = key.slice(0, -1) + '#'; // mostly absent
        expect(has(key), JSON.stringify(key)).toBe(text.includes(key));
      }
      expect(has('')).toBe(true);
      expect(has(text + 'more')).toBe(false);
    }
  });

  it('on a text of one repeated run, and a short text searched directly', () => {
    const text = 'ab'.repeat(20_000);
    const has = substringIndex(text);
    expect(has('ab'.repeat(30))).toBe(true);
    expect(has('ba'.repeat(30))).toBe(true);
    expect(has('ab'.repeat(29) + 'aa')).toBe(false);
    const short = substringIndex('a short lead.');
    expect(short('short')).toBe(true);
    expect(short('long')).toBe(false);
  });
});
