import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../src/core/lang/clean-cues';
import { rule as related } from '../../src/core/clean/rules/related-links';
import { rule as comments } from '../../src/core/clean/rules/comment-sections';
import { rule as adLabels } from '../../src/core/clean/rules/ad-labels';
import { paras, run } from './helpers';

// Short articles of our own, one per language, each with the furniture its sites print.
const DE = [
  'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Turnhalle an der Schulstraße bis zum Herbst zu sanieren.',
  'Die Kosten von rund 1,2 Millionen Euro teilen sich Gemeinde und Landkreis, wie der Bürgermeister nach der Sitzung mitteilte.',
  'Bis die Arbeiten beginnen, trainieren die Vereine in der Halle des Gymnasiums im Nachbarort.',
];
const FR = [
  'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans pour des raisons de sécurité.',
  'Les travaux, estimés à trois millions d’euros, devraient commencer au printemps et durer dix-huit mois.',
];
const ES = [
  'El ayuntamiento aprobó el martes un plan para renovar el mercado central, cerrado desde el incendio del año pasado.',
  'Las obras costarán unos dos millones de euros y comenzarán en septiembre, según informó la alcaldesa.',
];
const PL = [
  'Rada miasta zdecydowała we wtorek o remoncie starej biblioteki przy ulicy Długiej, zamkniętej od dwóch lat.',
  'Prace mają kosztować około czterech milionów złotych i potrwają do końca przyszłego roku.',
];

describe('cue words of the languages in the multilingual set', () => {
  it('every language file is merged with English and found by its code or a region tag', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ja']) {
      const cues = cuesFor(`${code}-XX`);
      expect(cues.lang).toBe(code);
      expect(cues.related).toContain('related');
      expect(cues.related.length).toBeGreaterThan(cuesFor('en').related.length);
    }
  });

  it('removes a German "Das könnte Sie auch interessieren" box of links and a "Mehr zum Thema" line', () => {
    const r = run(related, `${paras(DE)}<div class="teaser-list"><h3>Das könnte Sie auch interessieren!</h3><ul>
      <li><a href="/a">Neue Kita im Ortsteil Süd eröffnet</a></li><li><a href="/b">Haushalt 2023: Gemeinde spart bei Straßen</a></li></ul></div>
      <p>Mehr zum Thema: <a href="/c">Turnhalle seit Jahren marode</a></p>`, { lang: 'de' });
    for (const s of ['Das könnte Sie', 'Neue Kita', 'Mehr zum Thema', 'seit Jahren marode']) expect(r.text).not.toContain(s);
    for (const p of DE) expect(r.text).toContain(p);
  });

  it('removes a French "À lire aussi" line and a Spanish "Noticias relacionadas" list, keeping the prose', () => {
    const fr = run(related, `${paras(FR)}<p>À lire aussi : <a href="/x">La piscine fermée jusqu’à nouvel ordre</a></p>`, { lang: 'fr' });
    expect(fr.text).not.toContain('À lire aussi');
    for (const p of FR) expect(fr.text).toContain(p);
    const es = run(related, `${paras(ES)}<section><h4>Noticias relacionadas</h4><a href="/1">Incendio en el mercado central</a> <a href="/2">Los comerciantes piden ayudas</a></section>`, { lang: 'es' });
    expect(es.text).not.toContain('Incendio en el mercado');
    for (const p of ES) expect(es.text).toContain(p);
  });

  it('keeps a German prose paragraph that merely starts with a cue phrase', () => {
    const prose = 'Mehr zum Thema Sanierung erfuhren die Zuhörer von der Architektin, die <a href="/p">ihre Pläne</a> für das Dach und die Umkleiden ausführlich vorstellte und Fragen beantwortete.';
    const r = run(related, `${paras(DE)}<p>${prose}</p>`, { lang: 'de' });
    expect(r.text).toContain('ihre Pläne für das Dach');
    expect(r.removed).toEqual([]);
  });

  it('removes a Polish comment section and a German "Anzeige" label; English cues still apply there', () => {
    const pl = run(comments, `${paras(PL)}<div id="komentarze"><h3>Komentarze (3)</h3><p>Nareszcie! Czekaliśmy na to latami.</p></div>`, { lang: 'pl' });
    expect(pl.text).not.toContain('Nareszcie');
    for (const p of PL) expect(pl.text).toContain(p);
    const de = run(adLabels, `${paras(DE.slice(0, 2))}<p>Anzeige</p>${paras(DE.slice(2))}`, { lang: 'de' });
    expect(de.text).not.toContain('Anzeige');
    for (const p of DE) expect(de.text).toContain(p);
  });
});
