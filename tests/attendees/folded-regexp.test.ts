import { describe, expect, it } from 'vitest';
import { FoldedRegExp } from '../../src/core/attendees/folded-regexp';

// The folded expression must answer as the same pattern with the i flag would, on any text.
describe('FoldedRegExp', () => {
  const source = '(?<![\\p{L}])(?:deputy )?(?:mayor|chủ tịch|sen\\.)(?![\\p{L}])';
  const folded = () => new FoldedRegExp(source, 'gu');
  const caseless = () => new RegExp(source, 'giu');
  const texts = [
    'Deputy Mayor Jo Park and SEN. Ann Lee met Chủ tịch UBND tỉnh; CHỦ TỊCH Lò Văn Hặc spoke.',
    'İstanbul Mayor Ekrem Yılmaz and mayor Tom Reed', // "İ" lowercases to two code units: the i form runs
    'no title here',
  ];

  it('finds what the i form finds, with the original text and offsets', () => {
    for (const text of texts) {
      expect([...text.matchAll(folded())].map((m) => [m.index, m[0]]))
        .toEqual([...text.matchAll(caseless())].map((m) => [m.index, m[0]]));
    }
    expect([...texts[0]!.matchAll(folded())].map((m) => m[0])).toEqual(['Deputy Mayor', 'SEN.', 'Chủ tịch', 'CHỦ TỊCH']);
  });

  it('matchAll leaves the expression as it was, also when one search runs inside another or stops early', () => {
    const re = folded();
    re.lastIndex = 3;
    const pairs: string[] = [];
    for (const a of texts[0]!.matchAll(re)) {
      for (const b of texts[1]!.matchAll(re)) pairs.push(`${a[0]}/${b[0]}`);
      break;
    }
    expect(pairs).toEqual(['Deputy Mayor/Mayor', 'Deputy Mayor/mayor']);
    expect(re.lastIndex).toBe(3);
    // The copy a stopped search used is reused from the start of the next text.
    expect([...texts[0]!.matchAll(re)].map((m) => m.index)).toEqual([...texts[0]!.matchAll(caseless())].map((m) => m.index));
    // An expression that can match nothing moves on by a whole character, as the built-in matchAll does.
    const empty = new FoldedRegExp('x?', 'gu');
    expect([...'a😀x'.matchAll(empty)].map((m) => [m.index, m[0]])).toEqual([...'a😀x'.matchAll(/x?/giu)].map((m) => [m.index, m[0]]));
  });

  it('keeps lastIndex across exec calls, and test/replace/search go through it', () => {
    const re = folded();
    const first = re.exec(texts[0]!);
    const second = re.exec(texts[0]!);
    expect([first?.[0], second?.[0], re.lastIndex]).toEqual(['Deputy Mayor', 'SEN.', texts[0]!.indexOf('SEN.') + 4]);
    expect(new FoldedRegExp(`^${source}`, 'u').test('MAYOR Jo')).toBe(true);
    expect('the MAYOR said'.replace(new FoldedRegExp(source, 'u'), 'X')).toBe('the X said');
    expect('the MAYOR said'.search(new FoldedRegExp(source, 'u'))).toBe(4);
  });

  it('reads groups back in the original case', () => {
    const m = new FoldedRegExp('the ((?:deputy )?mayor), ', 'u').exec('THE Deputy Mayor, Jo Park');
    expect([m?.[0], m?.[1]]).toEqual(['THE Deputy Mayor, ', 'Deputy Mayor']);
  });

  it('anchored: answers as the i form does, reading only the anchored end of a long text', () => {
    const start = new FoldedRegExp('^(?:deputy )?mayor(?![\\p{L}])', 'u', { at: 'start', reach: 40 });
    const end = new FoldedRegExp('(?<![\\p{L}])(?:deputy )?mayor\\s+$', 'u', { at: 'end', reach: 40 });
    const long = 'x'.repeat(100_000);
    expect([start.test(`Deputy MAYOR ${long}`), start.test(`${long} mayor`), start.test('mayoral')]).toEqual([true, false, false]);
    expect([end.test(`${long} Deputy Mayor ${' '.repeat(500)}`), end.test(`Mayor ${long}`), end.test('the mayor')])
      .toEqual([true, false, false]);
    const m = end.exec(`${long} the MAYOR  `);
    expect([m?.index, m?.[0]]).toEqual([100_005, 'MAYOR  ']);
  });
});

