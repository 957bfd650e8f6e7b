/**
 * "Read also" lines, in any language whose cue words are known: a short line that opens with the label of related
 * reading ("Lesen Sie auch:", "À lire aussi", "LEA TAMBIÉN:", "Xem thêm:", "See also") and goes on with a link that
 * holds most of the rest. The label decides, wherever the link leads: promo-lines takes unlabelled links to the same
 * site's stories, but a sister title's, an agency's or an archive's link needs the label to be known for one.
 */
import { isCueLabel } from '../kit/block-text';
import { leafMatches, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const MAX_LINE_CHARS = 250;
/** Share of the text after the label that the links hold. */
const MIN_LINKED_SHARE = 0.6;
const LINES = 'p, div, li, h3, h4, h5, h6';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const lines = leafMatches(root, LINES).filter((el) => {
    const text = textOf(el);
    if (!text || text.length > MAX_LINE_CHARS) return false;
    const links = Array.from(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href') && textOf(a));
    if (links.length === 0) return false;
    const at = text.indexOf(textOf(links[0]!));
    if (at <= 0 || !isCueLabel(text.slice(0, at), ctx.cues.related)) return false;
    const linked = links.reduce((n, a) => n + textOf(a).length, 0);
    return linked >= MIN_LINKED_SHARE * (text.length - at);
  });
  if (lines.length === 0) return [];
  const s = run.structureOf(root);
  return run.removeBlocks(lines.map((el) => withBareWrappers(run, el, root, s)));
}

export const rule: CleanRule = { name: 'read-also-lines', post: apply };
