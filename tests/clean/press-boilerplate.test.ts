import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/press-boilerplate';
import { PROSE, paras, run } from './helpers';

const ABOUT = 'Corvina Systems ASA develops sensors, cameras and software that help the ocean industries work safely. Founded in 1996, it has 1,400 employees.';

describe('press-boilerplate', () => {
  it('removes the end marker, the About <Company> boilerplate and the media contacts', () => {
    const r = run(rule, `${paras(PROSE)}<p>###</p><h3>About Corvina Systems</h3><p>${ABOUT}</p><h3>Media contacts</h3>
      <p>Kari Nordvik, Head of Communications<br>+47 915 22 804 | press@corvina.com</p>`);
    expect(r.text).toContain(PROSE[2]);
    for (const gone of ['###', 'About Corvina', 'Founded in 1996', 'Media contacts', 'press@corvina.com']) expect(r.text).not.toContain(gone);
  });

  it('removes the boilerplate without a marker, when it ends the body', () => {
    const r = run(rule, `${paras(PROSE)}<h2>About Corvina Systems</h2><p>${ABOUT}</p>`);
    expect(r.text).not.toContain('Founded in 1996');
  });

  it('keeps an "About …" section of the article itself and one followed by more of the article', () => {
    const about = run(rule, `${paras(PROSE.slice(0, 1))}<h2>About the library</h2>${paras(PROSE.slice(1))}`);
    expect(about.removed).toEqual([]);
    const middle = run(rule, `<h2>About Corvina Systems</h2><p>${ABOUT}</p>${paras(PROSE)}`);
    expect(middle.text).toContain('Founded in 1996');
  });
});
