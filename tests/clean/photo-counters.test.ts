import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/photo-counters';
import { VI_PROSE, paras, run } from './helpers';

const photo = (i: number) => `<figure><img src="/p${i}.jpg"><span>${i}/3</span></figure>`;

describe('photo-counters', () => {
  it('removes gallery counters beside pictures', () => {
    const r = run(rule, `${paras(VI_PROSE.slice(0, 1))}${photo(1)}${photo(2)}${photo(3)}${paras(VI_PROSE.slice(1))}`, { lang: 'vi' });
    expect(r.text).not.toContain('2/3');
    expect(r.text).toContain(VI_PROSE[2]);
  });

  it('keeps a lone date such as "1/6" in the text', () => {
    const r = run(rule, `${paras(VI_PROSE)}<p>1/6</p>`, { lang: 'vi' });
    expect(r.text).toContain('1/6');
  });
});
