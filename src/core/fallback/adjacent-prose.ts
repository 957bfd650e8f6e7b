/**
 * Readability takes one container and the siblings it scores high; an article split over neighbouring containers
 * (page-builder rows, a body continued after an ad or a picture, a lead printed in the header) loses its other
 * parts (issue #18). The page's text blocks are recorded in reading order before Readability runs (it moves and
 * strips nodes); after it, the blocks that follow its pick, under the same container within a few levels, are added
 * while they read as prose by shape (length, a sentence's end, few links), in any language, and the prose block just
 * above it becomes the standfirst. A walk stops at the first block that is not prose or not text at all for a
 * reader: a list of links, a comment, related or share box, a teaser inside a link, a form, a footer, a side column.
 */
import { substringIndex } from './substring-index';
import type { ClassReader } from '../clean/kit/class-hints';
import { classReader } from '../clean/kit/class-hints';
import { isCueLabel } from '../clean/kit/block-text';
import type { LanguageCues } from '../lang/clean-cues';
import { collapseWhitespace } from '../text/normalize';

/** How many levels above the pick's container a neighbour may sit (page builders nest rows four or five deep). */
const MAX_LEVELS_UP = 5;
/** Paragraphs of prose that make a continuation of the article after the pick. */
const MIN_CONTINUED = 2;
/** Short furniture the walk steps over without adding it (a date line, an ad's "Anzeige" label). */
const MAX_SKIPPED = 2;
/** A prose block: at least this many characters, or half as many in CJK scripts (no spaces, dense). */
const PROSE_MIN_CHARS = 100;
const CJK_PROSE_MIN_CHARS = 40;
/** Share of a prose block's text that may be link text. */
const PROSE_MAX_LINKED = 0.25;
/** Longer lines are not read as a box's label. */
const LABEL_MAX_CHARS = 60;
/** A block matches the pick by its opening characters, which Readability leaves as they were. */
const KEY_CHARS = 60;
const MATCH_MIN_CHARS = 30;

type Kind = 'prose' | 'heading' | 'title' | 'short' | 'media' | 'stop';

interface Block {
  element: Element;
  text: string;
  kind: Kind;
  /** The block's ancestors from the root, the block's parent last. */
  chain: Element[];
  /**
   * The innermost box that made the block furniture by its class words alone (kind 'stop'), or null. Such words can
   * describe the article's own box: a blog prints the post's tags as its classes ("tag-winter"), a layout is named
   * after the related column beside the article ("layout--related"). When that box holds Readability's pick, the
   * block is read by its own shape after all.
   */
  stopBy: Element | null;
}

export interface PageBlocks {
  blocks: Block[];
  hints: BlockHints;
}

/** Elements whose text is one block for a reader. */
const LEAF_BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'address']);
/** Not text a reader reads: skipped without a block. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'button', 'input', 'textarea', 'canvas', 'video', 'audio', 'object', 'head']);
/** Page furniture by element: where a walk along the article must end. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog']);
/** Pictures and tables: stepped over, never added (captions are read apart, tables are not prose). */
const MEDIA = new Set(['figure', 'picture', 'img', 'table']);
/** Class words of a page's side column, in any language (Readability's own unlikely-candidate words). */
const SIDE_CLASSES = ['sidebar', 'aside'];
/** Class words of a picture's caption or credit printed outside a <figure>: stepped over like the picture. */
const CAPTION_CLASSES = ['caption', 'credit', 'legend', 'figcaption'];
/** Children that make an element a box of blocks rather than a block of text. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'p', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'form', 'aside', 'nav', 'footer']);
const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？', '"', '”', '»', '“', '«', '’', ')', '）', '」', '』', ':', '：']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？', '"', '”', '»', '“', '«', '’', '」', '』']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The boxes around an article that hold sentences but are not it: their class words and their labels. */
export function blockHints(cues: LanguageCues): BlockHints {
  let hints = hintsOfCues.get(cues);
  if (!hints) {
    const kinds = ['comments', 'related', 'share', 'newsletter', 'tags', 'authorBio', 'cookies'] as const;
    hints = {
      furniture: [...SIDE_CLASSES, ...kinds.flatMap((k) => cues.classHints[k] ?? [])],
      labels: [...cues.related, ...cues.comments, ...cues.share, ...cues.newsletter, ...cues.tags, ...cues.prevNext, ...cues.authorBio],
      sections: cues.pressSections,
    };
    hintsOfCues.set(cues, hints);
  }
  return hints;
}

/** The same lists for every page in one language (a language's cues are built once), so their keys are cached. */
const hintsOfCues = new WeakMap<LanguageCues, BlockHints>();

export interface BlockHints {
  /** Class words of boxes that are not the article: comments, related stories, sharing, newsletters, tags. */
  furniture: readonly string[];
  /** The labels such boxes open with, in the page's language and English. */
  labels: readonly string[];
  /** The words that open an "About …" or contact section (an author's or the publisher's box after the text). */
  sections: readonly string[];
}

/** The page's text blocks in reading order, measured before Readability. */
export function pageBlocks(doc: Document, hints: BlockHints): PageBlocks {
  const blocks: Block[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return { blocks, hints };
  const classes = classReader();
  const chain: Element[] = [];
  walk(root, chain, blocks, hints, classes, null);
  return { blocks, hints };
}

/**
 * Where a walk is: in the open (null), in furniture by element ('hard': nav, footer, a link …), or in a box whose
 * class words say furniture (that box).
 */
type Furniture = null | 'hard' | Element;

function walk(el: Element, chain: Element[], blocks: Block[], hints: BlockHints, classes: ClassReader, inFurniture: Furniture): void {
  chain.push(el);
  for (const child of Array.from(el.children)) {
    const tag = child.localName;
    if (SKIPPED.has(tag) || !isShown(child)) continue;
    // A block inside a link is a teaser card's, however much it reads like prose.
    // The innermost box named furniture: when it holds the pick, so do the ones around it.
    const furniture: Furniture =
      inFurniture === 'hard' || tag === 'a' || FURNITURE.has(tag) ? 'hard' : classes.hasHint(child, hints.furniture) ? child : inFurniture;
    const stopBy = furniture === 'hard' ? null : furniture;
    if (MEDIA.has(tag) || classes.hasHint(child, CAPTION_CLASSES)) {
      blocks.push({ element: child, text: '', kind: furniture ? 'stop' : 'media', chain: chain.slice(), stopBy });
    } else if (LEAF_BLOCKS.has(tag) || tag === 'h1' || hasOwnText(child)) {
      const text = collapseWhitespace(child.textContent ?? '');
      if (text) blocks.push({ element: child, text, kind: furniture ? 'stop' : kindOf(child, tag, text, hints.labels, hints.sections), chain: chain.slice(), stopBy });
    } else {
      walk(child, chain, blocks, hints, classes, furniture);
    }
  }
  chain.pop();
}

/** The block read by its own shape, its furniture class words set aside. */
function ownKind(b: Block, hints: BlockHints): Kind {
  if (MEDIA.has(b.element.localName) || !b.text) return 'media';
  return kindOf(b.element, b.element.localName, b.text, hints.labels, hints.sections);
}

/** What a reader never sees is not the article's (Readability's own visibility test: hidden, display, aria-hidden). */
function isShown(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const style = el.getAttribute('style');
  if (!style) return true;
  const flat = style.replace(/\s+/g, '').toLowerCase();
  return !flat.includes('display:none') && !flat.includes('visibility:hidden');
}

/**
 * Whether el holds text of its own among inline children (a lead written between <br>s in a <div>). A box with
 * blocks inside is walked into instead, so that a wrapper's stray text does not make the whole article one block.
 */
function hasOwnText(el: Element): boolean {
  let own = false;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) own ||= (node.textContent ?? '').trim().length >= 20;
    else if (node.nodeType === 1 && CONTAINERS.has((node as Element).localName)) return false;
  }
  return own;
}

function kindOf(el: Element, tag: string, text: string, labels: readonly string[], sections: readonly string[]): Kind {
  if (tag === 'h1') return 'title';
  // "Mehr zum Thema", "Comments", "Share this": the label of the box that follows.
  if (text.length <= LABEL_MAX_CHARS && isCueLabel(text.replace(/[:：]\s*$/, ''), labels)) return 'stop';
  if (tag[0] === 'h' && tag.length === 2) return linkedShare(el, text) > 0.5 || opensWith(text, sections) ? 'stop' : 'heading';
  if (linkedShare(el, text) > PROSE_MAX_LINKED) return 'stop';
  // List items beside the pick are key points, captions' credits or menus more often than the article.
  return tag !== 'li' && isProse(text) ? 'prose' : 'short';
}

/** Whether a heading opens with one of the cue phrases as whole words ("About Jane Doe", "Über comwrap"). */
function opensWith(text: string, cues: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return cues.some((c) => lower === c || (lower.startsWith(c) && !/[\p{L}\p{N}]/u.test(lower[c.length] ?? '')));
}

function isProse(text: string): boolean {
  const min = CJK.test(text) ? CJK_PROSE_MIN_CHARS : PROSE_MIN_CHARS;
  return text.length >= min && TERMINAL.has(text[text.length - 1]!);
}

function linkedShare(el: Element, text: string): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += collapseWhitespace(a.textContent ?? '').length;
  return text.length ? linked / text.length : 0;
}

const keyOf = (text: string): string => text.slice(0, KEY_CHARS);

export interface Completion {
  /** Blocks added after the pick. */
  added: number;
  /**
   * The nearest prose block above the pick, under the same container: a lead the page prints in its header, which
   * the Article carries as its standfirst, not in the body (the 181-page benchmark's truth leaves deks out of it).
   */
  lead: string | null;
}

/**
 * Adds to `content` (Readability's pick) the prose blocks that follow it, and finds the lead above it. `pickText` is
 * the pick's whitespace-collapsed text.
 */
export function completePick(content: Element, pickText: string, page: PageBlocks): Completion {
  const none: Completion = { added: 0, lead: null };
  const inText = substringIndex(pickText);
  const inPick = page.blocks.map((b) => b.kind !== 'media' && b.text.length >= MATCH_MIN_CHARS && inText(keyOf(b.text)));
  const first = inPick.indexOf(true);
  if (first < 0) return none;
  const last = inPick.lastIndexOf(true);
  // A box holding the pick is the article's, whatever its class words say.
  const pickBoxes = new Set(page.blocks[first]!.chain);
  const blocks = page.blocks.map((b) => (b.stopBy && pickBoxes.has(b.stopBy) ? { ...b, kind: ownKind(b, page.hints), stopBy: null } : b));
  // The pick's container: the deepest ancestor all its blocks share; neighbours may sit a few levels above it.
  let depth = blocks[first]!.chain.length;
  for (let i = first; i <= last; i++) if (inPick[i]) depth = Math.min(depth, commonDepth(blocks[first]!.chain, blocks[i]!.chain));
  // A document pasted into the post (a nested <html><body>, as parsers keep it) is no box of the page's layout: its
  // levels do not count towards the reach. Never up to the body: its other children are the site around the article.
  const pasted = blocks[first]!.chain.slice(1, depth).filter((el) => el.localName === 'html' || el.localName === 'body').length;
  const bound = Math.max(depth - MAX_LEVELS_UP - pasted, 2);
  if (depth < bound) return none;
  const within = (b: Block): boolean => b.chain.length >= bound && b.chain[bound - 1] === blocks[first]!.chain[bound - 1];
  const fresh = (b: Block): boolean => !inText(b.text.slice(-KEY_CHARS));
  // A lead is sentences: a dateline or a credit line above the body ends otherwise ("… (avec D. Leloup)").
  const isLead = (b: Block): boolean => b.kind === 'prose' && fresh(b) && SENTENCE_END.has(b.text[b.text.length - 1]!);
  const lead = (collect(blocks, first - 1, -1, within).find(isLead) ?? leadUnderHeadline(blocks, first, isLead))?.text ?? null;
  // A continuation is more than one paragraph: a lone prose line between the article's end and the page's furniture
  // is an editor's note or a disclosure more often than the article's last word.
  let after = collect(blocks, last + 1, 1, within).filter(fresh);
  if (after.filter((b) => b.kind === 'prose').length < MIN_CONTINUED) after = [];
  const doc = content.ownerDocument;
  const target = content.children.length === 1 && content.firstElementChild!.localName === 'div' ? content.firstElementChild! : content;
  for (const b of after) target.append(blockNode(doc, b, content));
  return { added: after.length, lead };
}

/**
 * The lead printed right under the headline (the last <h1> above the pick), however many levels its header sits
 * from the pick's container: the first prose block after the headline, past at most two short lines and pictures,
 * never past furniture or a heading, and above the pick.
 */
function leadUnderHeadline(blocks: readonly Block[], first: number, isLead: (b: Block) => boolean): Block | undefined {
  let title = first - 1;
  while (title >= 0 && blocks[title]!.kind !== 'title') title--;
  if (title < 0) return undefined;
  let skipped = 0;
  for (let i = title + 1; i < first; i++) {
    const b = blocks[i]!;
    if (b.kind === 'media') continue;
    if (b.kind === 'prose') return isLead(b) ? b : undefined;
    if (b.kind !== 'short' || ++skipped > MAX_SKIPPED) return undefined;
  }
  return undefined;
}

function commonDepth(a: readonly Element[], b: readonly Element[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Walks from `start` in `step` direction while blocks are the article's: prose is taken, a heading is taken with the
 * prose beyond it, short lines and pictures are stepped over, anything else ends the walk.
 */
function collect(blocks: readonly Block[], start: number, step: 1 | -1, within: (b: Block) => boolean): Block[] {
  const taken: Block[] = [];
  let pending: Block[] = [];
  let skipped = 0;
  for (let i = start; i >= 0 && i < blocks.length; i += step) {
    const b = blocks[i]!;
    if (!within(b) || b.kind === 'stop' || b.kind === 'title') break;
    if (b.kind === 'media') continue;
    if (b.kind === 'prose') {
      // A heading is taken only with prose on its far side: the section it opens.
      taken.push(...pending, b);
      pending = [];
      skipped = 0;
    } else if (b.kind === 'heading') {
      pending.push(b);
    } else if (++skipped > MAX_SKIPPED) break;
  }
  return taken;
}

/** The block itself when Readability left it in the page, else a copy of its text (Readability may have re-parsed). */
function blockNode(doc: Document, b: Block, content: Element): Node {
  if (inDocument(b.element) && !content.contains(b.element) && b.element.localName !== 'li' && b.element.localName !== 'dd' && b.element.localName !== 'dt') {
    if (collapseWhitespace(b.element.textContent ?? '') === b.text) return b.element;
  }
  const copy = doc.createElement(b.kind === 'heading' ? b.element.localName : 'p');
  copy.textContent = b.text;
  return copy;
}

/** Whether el is still in a document (linkedom's isConnected is false throughout a cloned document). */
function inDocument(el: Element): boolean {
  let node: Node | null = el;
  while (node.parentNode) node = node.parentNode;
  return node.nodeType === 9;
}
