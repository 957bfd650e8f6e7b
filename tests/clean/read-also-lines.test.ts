import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/read-also-lines';
import { PROSE, VI_PROSE, run } from './helpers';

const around = (line: string, prose = PROSE) => `<p>${prose[0]}</p><p>${prose[1]}</p>${line}<p>${prose[2]}</p>`;
const url = 'https://zeitung.example/politik/artikel-1.html';

describe('read-also-lines', () => {
  it('removes "read also" lines in several languages and styles, wherever their link leads', () => {
    for (const [lang, line] of [
      ['de', '<p><strong>Lesen Sie auch:</strong> <a href="https://schwesterblatt.example/politik/streit-um-das-heizungsgesetz-1234.html">Streit um das Heizungsgesetz geht weiter</a></p>'],
      ['de', '<p><b>Mehr zum Thema</b> <a href="https://archiv.example/a/123">Was die Reform für Mieter bringt</a></p>'],
      ['fr', '<p><em>Lire aussi</em> <a href="https://autre.example/x">Le Sénat adopte le texte en première lecture</a></p>'],
      ['fr', '<p>À lire aussi : <a href="https://journal.example/2024/03/12/les-fromageries">Les fromageries face à la hausse du prix du lait</a></p>'],
      ['es', '<p>LEA TAMBIÉN: <a href="https://agencia.example/nota/12">Controlado el incendio de la sierra de Aracena</a></p>'],
      ['es', '<div>Te puede interesar: <a href="/nota/12">Cuándo cobran los jubilados en mayo</a></div>'],
      ['en', '<p>See also: <a href="https://wire.example/story/1">Storm leaves thousands without power</a></p>'],
    ] as const) {
      const { removed, text } = run(rule, around(line), { lang, url });
      expect(removed.length, line).toBe(1);
      for (const p of PROSE) expect(text).toContain(p);
    }
    const { removed } = run(rule, around('<p>Xem thêm: <a href="https://bao.example/x">Mưa lũ miền Trung gây thiệt hại nặng</a></p>', VI_PROSE), { lang: 'vi', url });
    expect(removed).toHaveLength(1);
  });

  it('keeps sentences with links, labels the page language does not know, and a label alone', () => {
    for (const line of [
      '<p>Read also the <a href="/report">full report</a>, which the council published on Monday with its appendices and the minutes of the hearing.</p>',
      '<p>The minister said: <a href="/speech">read the speech</a>.</p>',
      '<p>Lesen Sie auch</p>',
      '<p>Zapraszamy też: <a href="/x">Inny artykuł o czymś ważnym</a></p>',
    ]) {
      expect(run(rule, around(line), { lang: 'de', url }).removed, line).toEqual([]);
    }
  });
});
