/**
 * What is left at the article's end once the boxes under it are gone (issue #18, all languages): a heading with no
 * section after it ("Mehr zum Thema", "Empfohlene Beiträge" whose teasers Readability dropped), a line that is only
 * a link ("zurück zur Listenansicht", "Back to overview"), a heading set in bold over boxes that are gone ("Heute
 * empfehlen wir"), a furniture label on its own ("Comments", "Kommentare
 * schreiben"), a news agency's shorthand signature ("aja/PAP", "dpa/lno": the editor's initials and the agencies,
 * letters and slashes only). Walked back from the last block and stopping at the first that is none of these, after the body's
 * last prose paragraph only: headings and link lines inside the text stay. Items of a list of links stay (an
 * article's sources and further reading are a list).
 */
import { isProtected, isTrailing } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel } from '../kit/block-text';
import type { TextReader } from '../kit/text-reader';

const HEADING = /^H[1-6]$/;
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'SECTION', 'ASIDE', 'FOOTER', 'HEADER', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'DL', 'DD', 'DT']);
/** A label or a link line is short; anything longer is someone's text. */
const LINE_MAX = 80;
const MEDIA = 'img, picture, video, iframe, svg';
/** A heading in bold is a few words. */
const BOLD_MAX = 60;
/** Initials and agencies joined by slashes, maybe in brackets: "aja/PAP", "(jol/dpa/AFP)". Letters only: "24/7" is text. */
const AGENCY_SIGNATURE = /^\(?\p{L}{1,8}(?:\/\p{L}{1,8}){1,3}\)?$/u;

/**
 * A heading set in bold type: one <strong>/<b> holding the whole line, no sentence end. Taken only after a line
 * that is a link (what is left of the boxes it headed): after the text a bold line is the author's sign-off ("Thu
 * Hà") or the text's own last word.
 */
function isBoldHeading(run: TextReader, el: Element, text: string): boolean {
  if (text.length > BOLD_MAX || /[.!?…:;"”»)]$/.test(text)) return false;
  const bold = el.querySelector('strong, b');
  return !!bold && run.textOf(bold) === text;
}

/** A line that is one link and nothing else ("zurück zur Übersicht", a card's "JETZT ZUBEREITEN"). */
function isLinkLine(run: TextReader, el: Element): boolean {
  return el.tagName !== 'LI' && el.tagName !== 'DD' && el.querySelectorAll('a').length === 1 && run.linkDensity(el) >= 0.9;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  if (s.prose.length === 0) return [];
  // Leaf blocks with text, in document order: the last lines a reader sees.
  const leaves: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BLOCK.has(el.tagName) || !run.textOf(el)) continue;
    const last = leaves[leaves.length - 1];
    if (last && last.contains(el)) leaves.pop(); // a block holding a block is not a leaf
    leaves.push(el);
  }
  const labels = [...ctx.cues.related, ...ctx.cues.comments, ...ctx.cues.share, ...ctx.cues.tags, ...ctx.cues.prevNext, ...ctx.cues.toolbar, ...ctx.cues.authorBio];
  const targets: Element[] = [];
  for (let i = leaves.length - 1; i >= 0; i--) {
    const el = leaves[i]!;
    if (!isTrailing(el, s) || isProtected(el, root, s) || el.querySelector(MEDIA)) break;
    const text = run.textOf(el);
    if (text.length > LINE_MAX) break;
    const label = text.replace(/[:：]\s*$/, '');
    const furniture =
      HEADING.test(el.tagName) ||
      (isBoldHeading(run, el, text) && !!leaves[i - 1] && isLinkLine(run, leaves[i - 1]!)) ||
      isLinkLine(run, el) ||
      isCueLabel(label, labels) ||
      AGENCY_SIGNATURE.test(text);
    if (!furniture) break;
    targets.push(el);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'trailing-labels', post: apply };
