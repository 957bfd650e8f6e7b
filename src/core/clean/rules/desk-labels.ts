/**
 * A newsroom's desk credited where a byline would stand: "By Metro Desk", "Reuters staff", "Von Redaktion Lokales",
 * "La rédaction", "Phòng Thời sự" on a line of its own before the body's first paragraph or after its last. The
 * reader's header shows the byline the metadata found; a desk names no author, and left in the text it reads as the
 * article's first or last sentence. A line goes when, its byline prefix set aside, it is a few words holding one of
 * the language's desk words, with no digit and no sentence end: "Staff members voted on Tuesday." is a sentence and
 * stays, and so does a heading ("Our staff" over a list of names).
 */
import { isBeforeBody, isProtected, isTrailing, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, containsCue, within } from '../kit/block-text';

const MAX_CHARS = 60;
const MAX_WORDS = 5;
const HEADING = /^H[1-6]$/;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':']);
const MEDIA = 'img, picture, video, iframe, figure';
const INLINE = /^(EM|I|A|SPAN|B|STRONG|SMALL|CITE|U|FONT|TIME|ABBR)$/;

export function isDeskLabel(text: string, deskLabels: readonly string[], prefixes: readonly string[]): boolean {
  if (!text || text.length > MAX_CHARS || /\d/.test(text)) return false;
  // A name or a label starts with a capital (scripts without case pass); a sentence's end is not a label's.
  if (/^\p{Ll}/u.test(text) || SENTENCE_END.has(text.at(-1) ?? '')) return false;
  let key = compareKey(text);
  for (const p of prefixes) if (key.startsWith(`${p} `)) key = key.slice(p.length + 1);
  if (key.split(' ').length > MAX_WORDS) return false;
  return containsCue(key, deskLabels);
}

function apply(root: Element, ctx: RuleContext): string[] {
  // On a page that is not an article (a team or contact page) "Editorial staff" heads a list of the people it names.
  if (ctx.isArticle === false) return [];
  const { run } = ctx;
  const s = run.structureOf(root);
  if (s.prose.length === 0) return [];
  const prefixes = ctx.cues.bylinePrefixes.map(compareKey).filter(Boolean).sort((a, b) => b.length - a.length);
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    const len = run.rawLength(el);
    if (len === 0 || len > MAX_CHARS * 4 || HEADING.test(el.tagName)) continue;
    if (targets.some((t) => within(el, t)) || isProtected(el, root, s)) continue;
    if (!isBeforeBody(el, s) && !isTrailing(el, s)) continue;
    if (!isDeskLabel(run.textOf(el), ctx.cues.deskLabels, prefixes)) continue;
    const line = withBareWrappers(run, el, root, s);
    if (line.querySelector(MEDIA) || HEADING.test(line.tagName)) continue;
    // A label inside a sentence or a credits line ("Guido Santner und <a>Redaktion X</a>") is part of that line.
    if (line.parentElement && line.parentElement !== root && INLINE.test(line.tagName)) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'desk-labels', post: apply };
