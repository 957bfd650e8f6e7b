import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../src/core/clean/kit/date-lines';
import { rule } from '../../src/core/clean/rules/leading-furniture';
import { cuesFor } from '../../src/core/lang/clean-cues';
import { PROSE, VI_PROSE, paras, run } from './helpers';

describe('date lines', () => {
  it('recognises date and time lines in English and Vietnamese', () => {
    expect(isDateLine('17:45, 6 MAR 2024', cuesFor('en'))).toBe(true);
    expect(isDateLine('Updated 11:21 pm CST, Tuesday, November 19, 2019', cuesFor('en'))).toBe(true);
    expect(isDateLine('Thứ năm, 16/3/2023, 18:20 (GMT+7)', cuesFor('vi'))).toBe(true);
  });
  it('refuses lines with other words, and numbers without a date', () => {
    expect(isDateLine('Council meets on 6 March 2024 to vote', cuesFor('en'))).toBe(false);
    expect(isDateLine('5 updates', cuesFor('en'))).toBe(false);
  });
  it('refuses international phone numbers, whose digit groups look like dates (a shop’s or an office’s contact line)', () => {
    expect(isDateLine('+81 158-23-2012', cuesFor('en'))).toBe(false);
    expect(isDateLine('+49 (0)30 12.03.2019', cuesFor('de'))).toBe(false);
    expect(isDateLine('+34 912 05 2021', cuesFor('es'))).toBe(false);
    expect(isDateLine('12.03.2019', cuesFor('de'))).toBe(true);
  });
});

describe('leading-furniture', () => {
  it("removes the page's own reading time before the body (the reader shows its own), not a sentence about reading", () => {
    const own = 'Spending on school libraries fell for the 5th year running, and reading time at home is down too, a survey found.';
    const r = run(rule, `<p class="meta">Estimated reading time: 6 minutes</p><div class="body"><p>${own}</p>${paras(PROSE)}</div>`);
    expect(r.text).not.toContain('Estimated reading time');
    expect(r.text).toContain(own);
    const vi = run(rule, `<div class="meta"><span>5 phút đọc</span></div>${paras(VI_PROSE)}`, { lang: 'vi' });
    expect(vi.text).not.toContain('phút đọc');
  });

  it('removes a timestamp between the standfirst and the body, keeping the standfirst', () => {
    const standfirst = 'Councillors want more detail on flooding and school places before deciding on the plans for farmland north of the village';
    const r = run(rule, `<p class="standfirst">${standfirst}</p><div><span>Helen</span> <time>17:45, 6 MAR 2024</time></div><div class="body">${paras(PROSE)}</div>`);
    expect(r.text).not.toContain('17:45');
    expect(r.text).toContain(standfirst);
    expect(r.text).toContain(PROSE[0]);
  });

  it('removes a Vietnamese dateline and a rubric at the top', () => {
    const r = run(rule, `<div>Thời sự · Dân sinh</div><span>Thứ năm, 16/3/2023, 18:20 (GMT+7)</span>${paras(VI_PROSE)}`, { lang: 'vi' });
    expect(r.text).not.toContain('GMT+7');
    expect(r.text).not.toContain('Thời sự · Dân sinh');
    expect(r.text).toContain(VI_PROSE[0]);
  });

  it('keeps a date line in the middle of the body and a sentence with a date at the top', () => {
    const r = run(rule, `<p>On 6 March 2024 the council met again.</p><div class="body">${paras(PROSE.slice(0, 2))}<p>14:05</p>${paras(PROSE.slice(2))}</div>`);
    expect(r.text).toContain('14:05');
    expect(r.text).toContain('On 6 March 2024 the council met again.');
  });
});
