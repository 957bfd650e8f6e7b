/**
 * Author bios at the end ("About the author", a bio box naming the byline with "Reach him at …"): after the last
 * paragraph, short, led by a bio label or carrying a bio class. Also closing bio lines, which are prose themselves:
 * among the last blocks, one that opens with an author's (or the publisher's) name and a bio verb ("Helen Marchetti
 * is a Local Democracy Reporter …", "Acme is a global provider of …").
 */
import { FoundSet } from './found-set';
import { findBoxes } from './furniture-box';
import { elementsUnder, isProse, isTrailing, structureOf, withBareWrappers, type Structure } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { compareKey, containsCue, textOf } from './text';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const labels = ctx.cues.authorBio;
  const byline = ctx.byline ? compareKey(ctx.byline) : '';
  const boxes = findBoxes(root, s, {
    labels,
    slack: 40,
    hints: ctx.cues.classHints.authorBio,
    maxChars: 900,
    confirm(parts, text, via) {
      if (!isTrailing(parts[0]!, s)) return false;
      if (via === 'label') return true;
      // A class like "author" also marks bylines: a bio box speaks about the person or how to reach them.
      return containsCue(text, labels) || (!!byline && compareKey(text).includes(byline) && text.length > byline.length + 40);
    },
  });
  const taken = new FoundSet();
  for (const b of boxes) taken.add(b);
  for (const b of closingBios(root, s, ctx)) if (!taken.covers(b)) boxes.push(b);
  return removeBlocks(boxes);
}

const LEAF_BLOCK = /^(P|DIV|SECTION|ASIDE|BLOCKQUOTE|LI|DD)$/;
const INNER_BLOCK = 'p, div, section, aside, blockquote, h1, h2, h3, h4, h5, h6, ul, ol, table, figure';
/** How many blocks from the end may hold closing bios. */
const LAST_BLOCKS = 4;
const BIO_MAX_CHARS = 1000;
/** How far into the text after the name a bio verb may start ("Emiliano Bellini Emiliano joined …"). */
const VERB_WINDOW = 30;

/** Authors of the byline and the publisher (by name and by address), as compare keys. */
export function bioNames(ctx: CleanContext): string[] {
  // Spaces before a separator are taken from the first space of their run only (the look-behind): from every
  // space of a long run the pattern read the run to its end (quadratic).
  const names = (ctx.byline ?? '').split(/(?:(?<!\s)\s+)?(?:,|&|\band\b|\bvà\b|\|)\s*/u);
  if (ctx.siteName) names.push(ctx.siteName);
  // The publisher as its address names it ("ascom" of ascom.com): press releases close with "Ascom is a …".
  const host = hostName(ctx.url);
  if (host.length >= 4) names.push(host);
  return [...new Set(names.map(compareKey).filter((n) => n.length >= 3))];
}

function hostName(url: string | undefined): string {
  try {
    return url ? (new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? '') : '';
  } catch {
    return '';
  }
}

export function isClosingBio(text: string, names: readonly string[], verbs: readonly string[]): boolean {
  if (text.length > BIO_MAX_CHARS) return false;
  const key = compareKey(text);
  return names.some((name) => {
    const at = key.indexOf(`${name} `);
    if (at < 0 || at > 40 || (at > 0 && key[at - 1] !== ' ')) return false;
    const after = ` ${key.slice(at + name.length + 1, at + name.length + 1 + VERB_WINDOW + 30)} `;
    return verbs.some((v) => {
      const i = after.indexOf(` ${compareKey(v)} `);
      return i >= 0 && i <= VERB_WINDOW;
    });
  });
}

function closingBios(root: Element, s: Structure, ctx: CleanContext): Element[] {
  const names = bioNames(ctx);
  if (names.length === 0) return [];
  // From the end, leaf blocks only (the block test is a selector query: done on the few last candidates only).
  const all = elementsUnder(root);
  const out: Element[] = [];
  let seen = 0;
  for (let i = all.length - 1; i >= 0 && seen < LAST_BLOCKS; i--) {
    const el = all[i]!;
    if (!LEAF_BLOCK.test(el.tagName) || el.querySelector(INNER_BLOCK)) continue;
    const text = textOf(el);
    if (!text) continue;
    seen++;
    if (isClosingBio(text, names, ctx.cues.bioVerbs)) {
      out.push(withBareWrappers(el, root, s));
      continue;
    }
    if (isProse(el, text)) break;
  }
  return out;
}

export const rule: CleanRule = { name: 'author-bios', phase: 'post', apply };
