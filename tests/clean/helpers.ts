import { parseHTML } from 'linkedom';
import { createRun, runRules, type CleanContext, type CleanRule, type Phase } from '../../src/core/clean/index';
import { cuesFor } from '../../src/core/lang/clean-cues';

export interface Run {
  root: Element;
  text: string;
  removed: string[];
  ctx: CleanContext;
}

/** Parses body HTML with linkedom, runs one rule's phase (post unless told) through runRules, and returns the cleaned text. */
export function run(rule: CleanRule, bodyHtml: string, over: Partial<Omit<CleanContext, 'document'>> = {}, phase: Phase = 'post'): Run {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body><div id="root">${bodyHtml}</div></body></html>`);
  const lang = over.lang ?? 'en';
  const ctx: CleanContext = {
    document: document as unknown as Document,
    title: over.title ?? 'A headline that is not in these snippets',
    byline: over.byline ?? null,
    description: over.description ?? null,
    lang,
    cues: over.cues ?? cuesFor(lang),
    siteName: over.siteName ?? null,
    url: over.url,
    isArticle: over.isArticle,
  };
  const root = document.getElementById('root') as unknown as Element;
  const reports = runRules([rule], phase, root, ctx, createRun());
  const removed = reports.flatMap((r) => r.examples);
  return { root, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), removed, ctx };
}

/** Some article prose, long enough to count as the body. */
export const PROSE = [
  'The Kellerton City Council on Tuesday approved a $4.2 million renovation of the Riverside branch library, ending nearly two years of debate over the building.',
  'The council voted 4-1 to award the contract to Hollis & Ward Construction, with Tully casting the lone vote against, after a two-hour public hearing.',
  'Okafor said construction is expected to begin in March and take about 14 months, while the collection moves to a temporary space on Elm Avenue.',
];
export const VI_PROSE = [
  'Chiều 16/3, đoàn công tác Bộ Nông nghiệp và Phát triển nông thôn đã làm việc với UBND tỉnh Quảng Bình về công tác phòng, chống sạt lở bờ biển.',
  'Theo ông Hậu, giai đoạn 2018-2022, tỉnh đã đầu tư gần 9 km kè chống sạt lở với tổng vốn hơn 600 tỷ đồng, song nhu cầu còn rất lớn.',
  'Phát biểu tại buổi làm việc, Thứ trưởng ghi nhận nỗ lực của Quảng Bình trong công tác phòng, chống thiên tai, đặc biệt là việc chủ động di dời dân.',
];
export const paras = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('\n');

/** The same kind of prose in German, French and Spanish, for rules whose cues are per language. */
export const DE_PROSE = [
  'Der Stadtrat hat am Dienstag die Sanierung der Stadtbibliothek für 4,2 Millionen Euro beschlossen und damit eine lange Debatte beendet.',
  'Mit vier zu eins Stimmen ging der Auftrag an eine Baufirma aus der Region, nachdem in einer Anhörung zahlreiche Bürger gesprochen hatten.',
  'Die Arbeiten sollen im März beginnen und etwa vierzehn Monate dauern; die Bücher ziehen so lange in ein Ausweichquartier.',
];
export const FR_PROSE = [
  'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans pour des raisons de sécurité et de coût.',
  'Les travaux, estimés à trois millions d’euros, devraient commencer au printemps et durer dix-huit mois selon la mairie.',
  'Les clubs de natation s’entraîneront en attendant dans le bassin de la commune voisine, a précisé l’adjoint aux sports.',
];
export const ES_PROSE = [
  'El ayuntamiento aprobó el martes un plan para renovar el mercado central, cerrado desde el incendio del año pasado en la plaza.',
  'Las obras costarán unos dos millones de euros y comenzarán en septiembre, según informó la alcaldesa en una rueda de prensa.',
  'Los comerciantes seguirán vendiendo en carpas instaladas en el parque mientras duren los trabajos, añadió el concejal.',
];

/** Body HTML with `middle` between the second and third paragraph of `prose`. */
export const around = (middle: string, prose = PROSE): string => `<p>${prose[0]}</p>\n<p>${prose[1]}</p>\n${middle}\n<p>${prose[2]}</p>`;
