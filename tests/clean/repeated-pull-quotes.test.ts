import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/repeated-pull-quotes';
import { PROSE, paras, run } from './helpers';

const QUOTE = 'This partnership will help us move from emergency response to permanent solutions.';

describe('repeated-pull-quotes', () => {
  it('removes a pull-quote that repeats a sentence of the body', () => {
    const r = run(rule, `${paras(PROSE.slice(0, 1))}<blockquote class="pull-quote"><p>“${QUOTE}”</p></blockquote>
      <p>Moreno said at the ceremony: “${QUOTE} Families should never again have to buy water by the can.”</p>${paras(PROSE.slice(1))}`);
    expect(r.text.split(QUOTE).length - 1).toBe(1);
  });

  it('keeps a quotation that appears once', () => {
    const r = run(rule, `${paras(PROSE)}<blockquote><p>“${QUOTE}”</p></blockquote>`);
    expect(r.text).toContain(QUOTE);
    expect(r.removed).toEqual([]);
  });
});
