/**
 * hasHint reads each class/id word against a set of the hints (kit/class-hints.ts) instead of comparing it with
 * every hint. It must answer what the definition says: a word equal to a hint, the hint plus "s", or the hint plus
 * a numeric or version suffix (`v?\d+`). The reference below is that definition, word by word.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classReader } from '../../src/core/clean/kit/class-hints';
import { cuesFor } from '../../src/core/lang/clean-cues';

const byDefinition = (words: readonly string[], hints: readonly string[]): boolean =>
  words.some((t) => hints.some((h) => t === h || t === `${h}s` || (t.startsWith(h) && /^v?\d+$/.test(t.slice(h.length)))));

function element(cls: string): Element {
  const { document } = parseHTML('<html><body><div></div></body></html>');
  const div = document.querySelector('div')!;
  div.setAttribute('class', cls);
  return div as unknown as Element;
}

describe('hasHint', () => {
  const hints = ['comment', 'ad', 'v', 'tinlienquan', 'caption', 's', 'ad1'];

  it('matches a hint, its plural, and its numeric or version suffixes, nothing else', () => {
    const reader = classReader();
    const cases: [string, boolean][] = [
      ['comment', true], ['comments', true], ['commentss', false], ['comment2', true], ['commentv2', true],
      ['commentv', false], ['commentx2', false], ['tinlienquanv2', true], ['ad12', true], ['ad1s', true],
      ['adv12', true], ['advert', false], ['v', true], ['v9', true], ['vv9', true], ['9', false], ['s', true],
      ['ss', true], ['captions', true], ['sidebar', false], ['2', false], ['x-ad-3', true], ['box_comment_tsv', true],
    ];
    for (const [cls, expected] of cases) {
      expect(reader.hasHint(element(cls), hints), cls).toBe(expected);
      expect(byDefinition(reader.classTokens(element(cls)), hints), cls).toBe(expected);
    }
  });

  it('answers as the definition on random class words and the real hint lists', () => {
    const real = Object.values(cuesFor('en').classHints).filter((h): h is string[] => Array.isArray(h));
    const letters = fc.constantFrom('a', 'd', 'c', 'o', 'm', 'e', 'n', 't', 's', 'v', '1', '2', '0', 'x');
    const word = fc.oneof(
      fc.array(letters, { minLength: 1, maxLength: 8 }).map((cs) => cs.join('')),
      fc.constantFrom(...real.flat()).chain((h) => fc.constantFrom(h, `${h}s`, `${h}2`, `${h}v3`, `${h}v`, `${h}x1`, `${h}10s`)),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(hints, ...real), (words, hintList) => {
        const reader = classReader();
        const el = element(words.join(' '));
        expect(reader.hasHint(el, hintList)).toBe(byDefinition(reader.classTokens(el), hintList));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });
});
