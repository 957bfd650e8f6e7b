/**
 * The cleaning rules' registry: every rule once, in run order. A rule runs in the phases its file declares (pre:
 * the whole page before Readability; post: Readability's article), in this order within each. Adding a rule is
 * its file, its test, its label in every locale (public/_locales/<lang>/messages.json, key rule_<name>), and one
 * entry here; tests/clean/registry.test.ts fails when one of them is missing.
 *
 * Templates before comments (a template leads to its comment box), widgets before the repeated-text rules, the
 * byline last (it keeps a byline only when nothing follows it).
 */
import { rule as addressLines } from './address-lines';
import { rule as adjacentArticles } from './adjacent-articles';
import { rule as adLabels } from './ad-labels';
import { rule as authorBios } from './author-bios';
import { rule as callsToAction } from './calls-to-action';
import { rule as commentSections } from './comment-sections';
import { rule as cookieBanners } from './cookie-banners';
import { rule as imageCaptions } from './image-captions';
import { rule as imageTables } from './image-tables';
import { rule as leadingFurniture } from './leading-furniture';
import { rule as marketWidgets } from './market-widgets';
import { rule as navigationLinks } from './navigation-links';
import { rule as newsletterBoxes } from './newsletter-boxes';
import { rule as pageToolbars } from './page-toolbars';
import { rule as photoCounters } from './photo-counters';
import { rule as pressBoilerplate } from './press-boilerplate';
import { rule as promoLines } from './promo-lines';
import { rule as relatedLinks } from './related-links';
import { rule as repeatedByline } from './repeated-byline';
import { rule as repeatedHeadline } from './repeated-headline';
import { rule as repeatedLead } from './repeated-lead';
import { rule as repeatedPullQuotes } from './repeated-pull-quotes';
import type { CleanRule } from './rule';
import { rule as sharePrompts } from './share-prompts';
import { rule as tagLists } from './tag-lists';
import { rule as unrenderedTemplates } from './unrendered-templates';
import { rule as weatherWidgets } from './weather-widgets';

export type { CleanContext, CleanRule, Phase, RuleContext } from './rule';
export { createRun, type CleanRun } from './kit-run';
export { mergeReports, runRules } from './kit-runner';

export const rules: readonly CleanRule[] = [
  unrenderedTemplates,
  commentSections,
  cookieBanners,
  adLabels,
  imageCaptions,
  sharePrompts,
  pageToolbars,
  newsletterBoxes,
  weatherWidgets,
  marketWidgets,
  relatedLinks,
  promoLines,
  addressLines,
  tagLists,
  authorBios,
  pressBoilerplate,
  callsToAction,
  adjacentArticles,
  navigationLinks,
  photoCounters,
  leadingFurniture,
  repeatedHeadline,
  imageTables,
  repeatedLead,
  repeatedPullQuotes,
  repeatedByline,
];
