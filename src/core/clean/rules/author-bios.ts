/**
 * Author bios at the end ("About the author", a bio box naming the byline with "Reach him at …"): after the last
 * paragraph, short, led by a bio label or carrying a bio class. Also closing bio lines, which are prose themselves:
 * among the last blocks, one that opens with an author's (or the publisher's) name and a bio verb ("Helen Marchetti
 * is a Local Democracy Reporter …", "Acme is a global provider of …").
 * A contributor's bio also stands inside the body: under the headline of an op-ed, or between the text and an
 * editor's note ("<i>Jane Rivers is a professor of history at …</i>"). There a block goes when it opens with a
 * byline author's name and a bio verb and is set apart from the text: before the body's first paragraph, or
 * printed in italics or small type as a whole. The publisher's name does not count there: "Acme is a …" in the
 * middle of a press release is its news.
 * A closing block that opens with a byline author's full name (two words or more) as the subject of its sentence
 * (a lowercase word next: "Alice Wu fell for politics at 12 …", "Inga Buller ist Head of Social …") is a bio whatever
 * its verb: a writer does not end their own article speaking of themselves in the third person.
 */
import { findBoxes } from '../kit/furniture-box';
import type { CleanRun } from '../kit/run';
import { isBeforeBody, isProse, isProtected, isTrailing, withBareWrappers, type Structure } from '../kit/page-structure';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { compareKey, containsCue } from '../kit/block-text';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const labels = ctx.cues.authorBio;
  const byline = ctx.byline ? compareKey(ctx.byline) : '';
  const boxes = findBoxes(run, root, s, {
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
  // A closing bio inside a bio box goes with the box: removeBlocks takes the outermost targets only.
  return run.removeBlocks([...boxes, ...closingBios(run, root, s, ctx), ...innerBios(run, root, s, ctx)]);
}

const LEAF_BLOCK = /^(P|DIV|SECTION|ASIDE|BLOCKQUOTE|LI|DD)$/;
const INNER_BLOCK = 'p, div, section, aside, blockquote, h1, h2, h3, h4, h5, h6, ul, ol, table, figure';
/** How many blocks from the end may hold closing bios. */
const LAST_BLOCKS = 4;
const BIO_MAX_CHARS = 1000;
/** How far into the text after the name a bio verb may start ("Emiliano Bellini Emiliano joined …"). */
const VERB_WINDOW = 30;

/** The byline's authors, as compare keys. */
function authorNames(ctx: CleanContext): string[] {
  return (ctx.byline ?? '').split(/(?:(?<!\s)\s+)?(?:,|&|\band\b|\bvà\b|\|)\s*/u).map(compareKey).filter((n) => n.length >= 3);
}

/** Authors of the byline and the publisher (by name and by address), as compare keys. */
export function bioNames(ctx: CleanContext): string[] {
  const names = authorNames(ctx);
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

/** text opens with one of the full names (two words or more) and a lowercase word after it, as a subject and its verb. */
export function opensWithFullName(text: string, fullNames: readonly string[]): boolean {
  const words = text.trim().split(/\s+/u);
  return fullNames.some((name) => {
    const n = name.split(' ').length;
    // "Alice Wu, the council's spokeswoman, said …" is someone of that name in the news: the name runs into its verb.
    const head = words.slice(0, n).join(' ');
    return n >= 2 && words.length > n && /\p{L}$/u.test(head) && compareKey(head) === name && /^\p{Ll}/u.test(words[n]!);
  });
}

function closingBios(run: CleanRun, root: Element, s: Structure, ctx: CleanContext): Element[] {
  const names = bioNames(ctx);
  if (names.length === 0) return [];
  const authors = authorNames(ctx);
  // From the end, leaf blocks only (the block test is a selector query: done on the few last candidates only).
  const all = run.elementsUnder(root);
  const out: Element[] = [];
  let seen = 0;
  for (let i = all.length - 1; i >= 0 && seen < LAST_BLOCKS; i--) {
    const el = all[i]!;
    if (!LEAF_BLOCK.test(el.tagName) || el.querySelector(INNER_BLOCK)) continue;
    const text = run.textOf(el);
    if (!text) continue;
    seen++;
    if (isClosingBio(text, names, ctx.cues.bioVerbs) || (text.length <= BIO_MAX_CHARS && opensWithFullName(text, authors))) {
      out.push(withBareWrappers(run, el, root, s));
      continue;
    }
    if (isProse(run, el, text)) break;
  }
  return out;
}

const INNER_BIO_MAX_CHARS = 500;
const EMPHASIS = /^(EM|I|SMALL|CITE)$/;

/** el, or the one element holding all of its text at some depth, is italic or small type. */
function isSetInItalics(run: CleanRun, el: Element): boolean {
  const text = run.textOf(el);
  for (let cur: Element | undefined = el; cur; ) {
    if (EMPHASIS.test(cur.tagName)) return true;
    const inner: Element[] = Array.from(cur.children).filter((c) => run.textOf(c));
    cur = inner.length === 1 && run.textOf(inner[0]!) === text ? inner[0] : undefined;
  }
  return false;
}

function innerBios(run: CleanRun, root: Element, s: Structure, ctx: CleanContext): Element[] {
  const names = authorNames(ctx);
  if (names.length === 0) return [];
  const out: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LEAF_BLOCK.test(el.tagName) || run.rawLength(el) > INNER_BIO_MAX_CHARS * 4) continue;
    const text = run.textOf(el);
    if (!text || text.length > INNER_BIO_MAX_CHARS || isProtected(el, root, s) || el.querySelector(INNER_BLOCK)) continue;
    if (!isClosingBio(text, names, ctx.cues.bioVerbs)) continue;
    if (isBeforeBody(el, s) || isSetInItalics(run, el)) out.push(withBareWrappers(run, el, root, s));
  }
  return out;
}

export const rule: CleanRule = { name: 'author-bios', post: apply };
