/**
 * The cleaning rules' registry: every rule once, in run order. A rule runs in the phases its file declares (pre:
 * the whole page before Readability; post: Readability's article), in this order within each. Adding a rule is
 * its file, its test, its label in every locale (public/_locales/<lang>/messages.json, key rule_<name>), and one
 * entry here; tests/clean/registry.test.ts fails when one of them is missing.
 *
 * Tracking pixels first (no rule should take a beacon for a picture; before Readability too, which strips the
 * inline styles that size some of them), code blocks next (before any rule reads a highlighter's spans as text), footnotes (post) before the rules that
 * drop lists of links could take a note list for one, templates before comments (a template leads to its comment box), widgets before the repeated-text rules,
 * labels left at the end once the boxes are gone, then the calls to action at the edges (a prompt above a source line
 * or a back link is at the end only once those are gone), the byline last (it keeps a byline only when nothing
 * follows it).
 */
import { rule as addressLines } from './rules/address-lines';
import { rule as adjacentArticles } from './rules/adjacent-articles';
import { rule as adLabels } from './rules/ad-labels';
import { rule as appPromos } from './rules/app-promos';
import { rule as authorBios } from './rules/author-bios';
import { rule as callsToAction } from './rules/calls-to-action';
import { rule as codeHighlighting } from './rules/code-highlighting';
import { rule as commentSections } from './rules/comment-sections';
import { rule as cookieBanners } from './rules/cookie-banners';
import { rule as copyrightLines } from './rules/copyright-lines';
import { rule as deskLabels } from './rules/desk-labels';
import { rule as embedConsent } from './rules/embed-consent';
import { rule as entryFooters } from './rules/entry-footers';
import { rule as fieldLines } from './rules/field-lines';
import { rule as footnoteBacklinks } from './rules/footnote-backlinks';
import { rule as furnitureLabels } from './rules/furniture-labels';
import { rule as imageCaptions } from './rules/image-captions';
import { rule as imageTables } from './rules/image-tables';
import { rule as leadingFurniture } from './rules/leading-furniture';
import { rule as marketWidgets } from './rules/market-widgets';
import { rule as navigationLinks } from './rules/navigation-links';
import { rule as newsletterBoxes } from './rules/newsletter-boxes';
import { rule as pageToolbars } from './rules/page-toolbars';
import { rule as paywallPitches } from './rules/paywall-pitches';
import { rule as photoCounters } from './rules/photo-counters';
import { rule as pressBoilerplate } from './rules/press-boilerplate';
import { rule as readAlsoLines } from './rules/read-also-lines';
import { rule as promoLines } from './rules/promo-lines';
import { rule as relatedLinks } from './rules/related-links';
import { rule as relatedTeasers } from './rules/related-teasers';
import { rule as repeatedByline } from './rules/repeated-byline';
import { rule as repeatedHeadline } from './rules/repeated-headline';
import { rule as repeatedLead } from './rules/repeated-lead';
import { rule as repeatedPullQuotes } from './rules/repeated-pull-quotes';
import type { CleanRule } from './kit/rule';
import { rule as sharePrompts } from './rules/share-prompts';
import { rule as statusNotices } from './rules/status-notices';
import { rule as supportAppeals } from './rules/support-appeals';
import { rule as tagLists } from './rules/tag-lists';
import { rule as teaserSections } from './rules/teaser-sections';
import { rule as trackingPixels } from './rules/tracking-pixels';
import { rule as trailingLabels } from './rules/trailing-labels';
import { rule as unrenderedTemplates } from './rules/unrendered-templates';
import { rule as videoPromos } from './rules/video-promos';
import { rule as weatherWidgets } from './rules/weather-widgets';

export type { CleanContext, CleanRule, Phase, RuleContext } from './kit/rule';
export { createRun, type CleanRun } from './kit/run';
export { mergeReports, runRules } from './kit/runner';

export const rules: readonly CleanRule[] = [
  trackingPixels,
  codeHighlighting,
  footnoteBacklinks,
  unrenderedTemplates,
  commentSections,
  cookieBanners,
  embedConsent,
  adLabels,
  statusNotices,
  imageCaptions,
  sharePrompts,
  pageToolbars,
  newsletterBoxes,
  weatherWidgets,
  marketWidgets,
  relatedTeasers,
  relatedLinks,
  teaserSections,
  promoLines,
  readAlsoLines,
  addressLines,
  tagLists,
  authorBios,
  pressBoilerplate,
  supportAppeals,
  paywallPitches,
  appPromos,
  adjacentArticles,
  navigationLinks,
  photoCounters,
  videoPromos,
  fieldLines,
  leadingFurniture,
  deskLabels,
  repeatedHeadline,
  imageTables,
  repeatedLead,
  repeatedPullQuotes,
  copyrightLines,
  entryFooters,
  furnitureLabels,
  trailingLabels,
  callsToAction,
  repeatedByline,
];
