/**
 * Status text standing where an embedded player or a late-loading part of the page would be, left behind in the
 * body as a block of its own: "Loading…", "Wird geladen", "Media playback is unsupported on your device", "This
 * video can not be played. To play this video you need to enable JavaScript in your browser." A block goes when
 * its text is nothing but such notices (the language's cue phrases) with at most a few words left over; a sentence
 * that uses the words in reporting ("workers were loading trucks at the dock") has words of its own and stays.
 */
import { removeStrayBlocks } from '../kit/stray-blocks';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { labelKey } from '../kit/block-text';

const MAX_NOTICE_CHARS = 200;
/** Words a notice may hold besides its cue phrases ("in your browser", a player's name). */
const LEFTOVER_WORDS = 3;
const BLOCKS = 'p, div, li, figure, figcaption, h2, h3, h4, h5, h6';

/** The language's notices as label keys, longest first (so "loading video" goes whole rather than leaving "video"). */
export function noticePhrases(ctx: CleanContext): string[] {
  return ctx.cues.statusNotices.map(labelKey).filter(Boolean).sort((a, b) => b.length - a.length);
}

export function isStatusNotice(text: string, phrases: readonly string[]): boolean {
  if (!text || text.length > MAX_NOTICE_CHARS) return false;
  const start = ` ${labelKey(text)} `;
  let rest = start;
  for (const phrase of phrases) if (rest.includes(` ${phrase} `)) rest = rest.split(` ${phrase} `).join('  ');
  if (rest === start) return false;
  return rest.trim().split(/\s+/).filter(Boolean).length <= LEFTOVER_WORDS;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const phrases = noticePhrases(ctx);
  return removeStrayBlocks(root, ctx, BLOCKS, (_el, text) => isStatusNotice(text, phrases));
}

export const rule: CleanRule = { name: 'status-notices', post: apply };
