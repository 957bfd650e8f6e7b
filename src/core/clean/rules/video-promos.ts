/**
 * Promotions of a video left in the body where the player is not: "WATCH: Mayor speaks after the vote", "Video |
 * <a>The storm in 90 seconds</a>", "▶ Watch 2:31", "Xem video: …", "Im Video: …", a thumbnail captioned so. A
 * block of its own goes when its text is one of the language's video labels alone (a duration or a play sign
 * beside it), or such a label, a separator and a headline — a headline, not reporting: the label is in capitals,
 * or the rest is mostly link text, gives a duration or a picture, or ends without a sentence's full stop.
 * "Video footage showed the car…" has no separator after its label and stays.
 */
import { isProtected } from '../kit/page-structure';
import { removeStrayBlocks } from '../kit/stray-blocks';
import type { CleanRule, RuleContext } from '../kit/rule';
import { labelKey, labelKeyMatches } from '../kit/block-text';

const MAX_CHARS = 160;
/** Not list items: a "Photo | Video" tab bar is a list, which the list rules take whole. */
const BLOCKS = 'p, div, figure, figcaption, h2, h3, h4, h5, h6';
const PLAY = /[▶►▷⏵]/gu;
const DURATION = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\(\s*\d+\s*(?:min|mins|sec|s)\s*\)/giu;
/** A label (a few words) and a separator, then the rest. */
const LABELLED = /^([^:|–—]{1,30}?)\s*[:|–—]\s*(\S.*)$/su;
const MEDIA = 'img, picture, video, iframe';
const BRACKETED = /^[[(]([^\])]{1,30})[\])]/u;

export function videoPromoKind(text: string, labels: readonly string[], linkShare = 0, hasMedia = false): boolean {
  if (!text || text.length > MAX_CHARS) return false;
  const hasDuration = DURATION.test(text);
  DURATION.lastIndex = 0;
  // A label in brackets reads as one before a colon: "[VIDEO] Firefighters battle blaze".
  const bare = text.replace(PLAY, ' ').replace(DURATION, ' ').trim().replace(BRACKETED, '$1:');
  // The label alone: "Watch the video", "Video 2:31", "▶ Xem video".
  if (labelKeyMatches(labelKey(bare), labels, 0)) return true;
  const m = LABELLED.exec(bare);
  if (!m || !labelKeyMatches(labelKey(m[1]!), labels, 0)) return false;
  const label = m[1]!.trim();
  const rest = m[2]!.trim();
  const capitals = /\p{Lu}/u.test(label) && label === label.toUpperCase();
  return capitals || linkShare >= 0.5 || hasDuration || hasMedia || !/[.!?…]["”’»)]?$/u.test(rest);
}

function apply(root: Element, ctx: RuleContext): string[] {
  // A page that is not an article is a list of stories: "Video: <headline>" is one of its items.
  if (ctx.isArticle === false) return [];
  const { run } = ctx;
  return removeStrayBlocks(root, ctx, BLOCKS, (el, text, s) =>
    text.length <= MAX_CHARS && !isProtected(el, root, s) &&
    videoPromoKind(text, ctx.cues.videoLabels, run.linkDensity(el, text), !!el.querySelector(MEDIA)));
}

export const rule: CleanRule = { name: 'video-promos', post: apply };
