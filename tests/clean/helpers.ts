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
