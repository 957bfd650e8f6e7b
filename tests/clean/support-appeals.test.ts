import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/support-appeals';
import { PROSE, run } from './helpers';

const LONG = [
  ...PROSE,
  'Tully said the money would be better spent on the east side branch, which serves more children than any other library in the county.',
  'The library board will review the final design in January, and residents can comment on it at two open meetings before then.',
];
const body = LONG.map((p) => `<p>${p}</p>`).join('');

describe('support-appeals', () => {
  it('removes an appeal for contributions at the end, with its button and payment line, in several styles', () => {
    const appeals = [
      // A long appeal over several paragraphs, its phrase in the first.
      '<div class="epic"><p>… we have a small favour to ask. Millions are turning to us for open, independent, quality news every day, and readers in 180 countries now support us financially.</p><p>We believe everyone deserves access to information that is grounded in science and truth.</p><p><a href="/contribute">Support us</a></p><p>Accepted payment methods: Visa, Mastercard, American Express and PayPal</p></div>',
      // One line and a button.
      '<aside><p>Support our journalism. Become a member for as little as $5 a month.</p><a class="button" href="/membership">Join now</a></aside>',
      '<p><strong>Readers like you make this reporting possible.</strong> <a href="/donate">Make a donation today</a>.</p>',
    ];
    for (const appeal of appeals) {
      const { text, removed } = run(rule, body + appeal);
      expect(removed.length, appeal).toBeGreaterThan(0);
      expect(text, appeal).not.toMatch(/favour to ask|Support our journalism|Make a donation|payment methods/);
      for (const p of LONG) expect(text).toContain(p);
    }
  });

  it('knows the appeals of the page language', () => {
    for (const [lang, appeal] of [
      ['de', '<p>Unterstützen Sie unseren Journalismus: Mit einem freiwilligen Beitrag sichern Sie unabhängige Berichterstattung aus der Region. <a href="/abo/unterstuetzen">Jetzt unterstützen</a></p>'],
      ['fr', '<p>Soutenez un journalisme indépendant : <a href="/don">faites un don</a> à partir de 1 €.</p>'],
      ['es', '<div><p>Apoya nuestro periodismo. Hazte socio y ayúdanos a seguir informando.</p><p><a href="/socios">Quiero ser socio</a></p></div>'],
    ] as const) {
      const { removed } = run(rule, body + appeal, { lang });
      expect(removed.length, appeal).toBe(1);
    }
  });

  it('keeps reporting on appeals, quoted appeals, appeals with nothing to click, and appeals that would take the body', () => {
    const reporting = '<p>The food bank asked residents to donate tinned goods and to become a member of its volunteer rota before winter.</p>';
    const quoted = '<p>“Please support us, we cannot do this alone,” the librarian told the council.</p>';
    expect(run(rule, body + quoted).removed).toEqual([]);
    expect(run(rule, body + reporting).removed).toEqual([]);
    // The same request, without a link or a button to act on, is reporting.
    expect(run(rule, body + '<p>Become a member of the library friends association, the chair said, and help with the book sale.</p>').removed).toEqual([]);
    const short = '<p>Short item.</p><p>Another.</p><p>Support our journalism and become a member today, it takes a minute.</p>';
    expect(run(rule, short + '<p><a href="/join">Support us</a></p>').removed).toEqual([]);
  });
});
