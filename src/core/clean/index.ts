/** The cleaning rules in run order, and the runner that turns what they removed into reports. */
import type { RemovedReport } from '../article';
import * as addressLines from './address-lines';
import * as adjacentArticles from './adjacent-articles';
import * as adLabels from './ad-labels';
import * as authorBios from './author-bios';
import * as callsToAction from './calls-to-action';
import * as commentSections from './comment-sections';
import * as cookieBanners from './cookie-banners';
import * as imageCaptions from './image-captions';
import * as imageTables from './image-tables';
import * as marketWidgets from './market-widgets';
import * as leadingFurniture from './leading-furniture';
import * as navigationLinks from './navigation-links';
import * as newsletterBoxes from './newsletter-boxes';
import * as pageToolbars from './page-toolbars';
import * as photoCounters from './photo-counters';
import * as pressBoilerplate from './press-boilerplate';
import * as promoLines from './promo-lines';
import * as relatedLinks from './related-links';
import * as repeatedByline from './repeated-byline';
import * as repeatedHeadline from './repeated-headline';
import * as repeatedLead from './repeated-lead';
import * as repeatedPullQuotes from './repeated-pull-quotes';
import type { CleanContext, CleanRule } from './rule';
import * as sharePrompts from './share-prompts';
import * as standfirst from './standfirst';
import * as tagLists from './tag-lists';
import * as trackingPixels from './tracking-pixels';
import { truncate, withTextCache } from './text';
import * as unrenderedTemplates from './unrendered-templates';
import * as weatherWidgets from './weather-widgets';

export type { CleanContext, CleanRule } from './rule';

/**
 * Run on the whole-page clone (root = body) before Readability: tracking pixels (Readability strips the inline
 * styles that size some of them); unrendered comment templates, which Readability
 * keeps when their classes read like content ("comment-body"); e-mail sign-up forms, whose fields Readability
 * drops; and the standfirst, noted for the Article (see standfirst.ts). The other rules run after it, on far less DOM
 * (comment-sections and cookie-banners also export a preRule for callers that want them earlier).
 */
export const preRules: CleanRule[] = [trackingPixels.preRule, unrenderedTemplates.preRule, newsletterBoxes.preRule, standfirst.preRule];

/**
 * Run on Readability's article element. Tracking pixels first (no rule should take a beacon for a picture),
 * templates before comments (a template leads to its comment box), widgets
 * before the repeated-text rules, the byline last (it keeps a byline only when nothing follows it). The standfirst
 * noted by the pre phase is read once they are done (extract.ts, standfirstOf).
 */
export const postRules: CleanRule[] = [
  trackingPixels.rule,
  unrenderedTemplates.rule,
  commentSections.rule,
  cookieBanners.rule,
  adLabels.rule,
  imageCaptions.rule,
  sharePrompts.rule,
  pageToolbars.rule,
  newsletterBoxes.rule,
  weatherWidgets.rule,
  marketWidgets.rule,
  relatedLinks.rule,
  promoLines.rule,
  addressLines.rule,
  tagLists.rule,
  authorBios.rule,
  pressBoilerplate.rule,
  callsToAction.rule,
  adjacentArticles.rule,
  navigationLinks.rule,
  photoCounters.rule,
  leadingFurniture.rule,
  repeatedHeadline.rule,
  imageTables.rule,
  repeatedLead.rule,
  repeatedPullQuotes.rule,
  repeatedByline.rule,
];

const MAX_EXAMPLES = 3;

/** Applies the rules in order; reports only the rules that removed something. */
export function runRules(rules: CleanRule[], root: Element, ctx: CleanContext, trace?: (stage: string) => void): RemovedReport[] {
  return withTextCache(() => {
    const reports: RemovedReport[] = [];
    for (const r of rules) {
      const removed = r.apply(root, ctx);
      trace?.(`${r.phase} ${r.name}`);
      if (removed.length === 0) continue;
      reports.push({ rule: r.name, count: removed.length, examples: examplesOf(removed) });
    }
    return mergeReports(reports);
  });
}

function examplesOf(removed: string[]): string[] {
  return removed.filter((t) => t.trim()).slice(0, MAX_EXAMPLES).map((t) => truncate(t));
}

/** Joins reports of the same rule (a rule may run before and after Readability), keeping the first order. */
export function mergeReports(...lists: RemovedReport[][]): RemovedReport[] {
  const byName = new Map<string, RemovedReport>();
  for (const report of lists.flat()) {
    const seen = byName.get(report.rule);
    if (!seen) {
      byName.set(report.rule, { ...report, examples: [...report.examples] });
      continue;
    }
    seen.count += report.count;
    seen.examples = [...seen.examples, ...report.examples].slice(0, MAX_EXAMPLES);
  }
  return [...byName.values()];
}
