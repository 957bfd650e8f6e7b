import { describe, expect, it } from 'vitest';
import { addCounts, collapseWhitespace, lostSnippets, scorePage, snippetScores } from '../../bench/lib/snippet-metric';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace (newlines, tabs, no-break spaces) into one space and trims', () => {
    expect(collapseWhitespace('  One\n\n two\t\u00a0three  ')).toBe('One two three');
  });
});

describe('scorePage', () => {
  const text = 'The council met on Monday.\n\nIt approved\tthe   budget.';
  it('counts a `with` snippet found as TP and one missed as FN, across paragraph breaks once collapsed', () => {
    expect(scorePage(text, ['met on Monday. It approved the budget', 'the mayor resigned'], [])).toEqual({ tp: 1, fn: 1, fp: 0, tn: 0 });
  });
  it('counts a `without` snippet found as FP and one absent as TN', () => {
    expect(scorePage(text, [], ['council met', 'Subscribe now'])).toEqual({ tp: 0, fn: 0, fp: 1, tn: 1 });
  });
  it('collapses the snippets too, trims them, and matches case-sensitively', () => {
    expect(scorePage(text, [' the budget. ', 'the  council'], ['THE COUNCIL'])).toEqual({ tp: 1, fn: 1, fp: 0, tn: 1 });
  });
  it('scores an empty output as all `with` missed and all `without` absent', () => {
    expect(scorePage('', ['a b', 'c'], ['d'])).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
});

describe('addCounts and snippetScores', () => {
  it('sums the counts over the corpus before dividing (a page with many snippets weighs more)', () => {
    const sum = addCounts([
      { tp: 3, fn: 0, fp: 1, tn: 2 },
      { tp: 0, fn: 1, fp: 0, tn: 3 },
      { tp: 1, fn: 1, fp: 2, tn: 0 },
    ]);
    expect(sum).toEqual({ tp: 4, fn: 2, fp: 3, tn: 5 });
    const s = snippetScores(sum);
    expect(s.precision).toBeCloseTo(4 / 7);
    expect(s.recall).toBeCloseTo(4 / 6);
    expect(s.f).toBeCloseTo(8 / 13);
    // F is the harmonic mean of the summed P and R, not a mean of per-page scores.
    expect(s.f).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall));
  });
  it('gives NaN rather than a made-up score when nothing was found at all', () => {
    expect(snippetScores({ tp: 0, fn: 0, fp: 0, tn: 4 }).precision).toBeNaN();
  });
});

describe('lostSnippets', () => {
  it('lists the `with` snippets the reference holds and the output does not, and only those', () => {
    const reference = 'Lead paragraph here.\nSecond paragraph here.';
    const output = 'Second   paragraph here.';
    expect(lostSnippets(reference, output, ['Lead paragraph', 'Second paragraph here', 'Not in either'])).toEqual(['Lead paragraph']);
    expect(lostSnippets(reference, '', ['Lead paragraph here. Second'])).toEqual(['Lead paragraph here. Second']);
    expect(lostSnippets('', output, ['Second paragraph'])).toEqual([]);
  });
});
