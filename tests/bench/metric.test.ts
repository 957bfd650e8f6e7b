import { describe, expect, it } from 'vitest';
import {
  matchPage,
  pageF1,
  precisionScore,
  recallScore,
  shingleList,
  summarize,
  tokenize,
} from '../../bench/metric';
import { unmatchedRuns } from '../../bench/lib/shingle-diff';

describe('tokenize', () => {
  it('splits on non-word characters like Python \\w+, keeping case, digits, underscores and non-Latin letters', () => {
    expect(tokenize("Hà Nội, 2024: it's snake_case—ĐỒNG ý!")).toEqual([
      'Hà',
      'Nội',
      '2024',
      'it',
      's',
      'snake_case',
      'ĐỒNG',
      'ý',
    ]);
  });
});

describe('shingleList', () => {
  it('gives overlapping 4-token windows', () => {
    expect(shingleList(['a', 'b', 'c', 'd', 'e']).map((s) => s.split('\u0001'))).toEqual([
      ['a', 'b', 'c', 'd'],
      ['b', 'c', 'd', 'e'],
    ]);
  });
  it('gives one shingle of all tokens when there are fewer than 4, and none for no tokens', () => {
    expect(shingleList(['a', 'b']).map((s) => s.split('\u0001'))).toEqual([['a', 'b']]);
    expect(shingleList([])).toEqual([]);
  });
});

describe('matchPage', () => {
  it('counts shingles as multisets and normalises tp/fp/fn to sum 1', () => {
    // truth a b c d e → {abcd, bcde}; prediction a b c d x → {abcd, bcdx}: tp 1, fp 1, fn 1.
    const m = matchPage('a b c d e', 'a b c d x');
    expect(m.tp).toBeCloseTo(1 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBeCloseTo(1 / 3);
    expect(m.exact).toBe(false);
  });

  it('credits a repeated shingle only as often as the truth has it', () => {
    // truth "a b c d" once; prediction has it twice (a b c d a b c d → abcd, bcda, cdab, dabc, abcd).
    // tp = 1 (abcd), fp = 4 (second abcd + 3 bridging shingles), fn = 0 → 1/5, 4/5, 0.
    const m = matchPage('a b c d', 'a b c d a b c d');
    expect(m.tp).toBeCloseTo(0.2);
    expect(m.fp).toBeCloseTo(0.8);
    expect(m.fn).toBe(0);
    expect(precisionScore(m)).toBeCloseTo(0.2);
    expect(recallScore(m)).toBe(1);
  });

  it('treats texts under 4 tokens as a single shingle', () => {
    expect(matchPage('Hello world', 'hello, world')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5 });
    const same = matchPage('Hello world', ' Hello — world. ');
    expect(same).toMatchObject({ tp: 1, fp: 0, fn: 0, exact: true });
  });

  it('scores identical token lists as exact even when punctuation and spacing differ', () => {
    const m = matchPage('One two three four five.', 'One, two\n\nthree four — five');
    expect(m).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(precisionScore(m)).toBe(1);
    expect(recallScore(m)).toBe(1);
    expect(pageF1(m)).toBe(1);
  });
});

describe('summarize', () => {
  it('leaves pages with tp + fp = 0 out of precision but counts their recall as 0', () => {
    const half = matchPage('a b c d e', 'a b c d x'); // P = R = 0.5
    const empty = matchPage('a b c d e', ''); // nothing predicted: tp = fp = 0, fn = 1
    expect(empty).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    const s = summarize([half, empty]);
    expect(s.precision).toBeCloseTo(0.5); // only the first page
    expect(s.recall).toBeCloseTo(0.25); // (0.5 + 0) / 2
    expect(s.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
    expect(s.accuracy).toBe(0);
    expect(s.pages).toBe(2);
  });

  it('averages per page, so a long page weighs the same as a short one', () => {
    const long = Array.from({ length: 400 }, (_, i) => `t${i}`).join(' ');
    const perfect = matchPage(long, long);
    const wrong = matchPage('a b c d', 'e f g h');
    const s = summarize([perfect, wrong]);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.accuracy).toBe(0.5);
  });
});

describe('unmatchedRuns', () => {
  it('reconstructs the extra and missing text as contiguous runs from the source', () => {
    const truth = 'The council approved the new library budget on Monday after a long debate.';
    const pred = 'Subscribe to our newsletter today! The council approved the new library budget on Monday.';
    const extra = unmatchedRuns(pred, truth);
    expect(extra.map((r) => r.text)).toEqual(['Subscribe to our newsletter today']);
    const missing = unmatchedRuns(truth, pred);
    expect(missing.map((r) => r.text)).toEqual(['after a long debate']);
  });
  it('returns nothing when every shingle is matched', () => {
    expect(unmatchedRuns('a b c d e f', 'a b c d e f')).toEqual([]);
  });
});
