/**
 * Unrendered templates: blocks whose text is mostly placeholders ({name}, {{ comment.body }}, ${date}, <%= user %>),
 * i.e. a comment or widget template the page's script never filled, taken together with the comment box around
 * them. A prose paragraph that merely contains one brace expression, and code, are kept.
 */
import { holdsProse, isCodeOrInCode, isProtected } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const PLACEHOLDER = /\{\{\{?\s*[#/^]?[\w$.[\]'"|: -]{1,60}?\s*\}?\}\}|\$\{\s*[\w$.]{1,60}\s*\}|<%[=-]?\s*[\w$.() ]{1,60}?\s*%>|\{\s*[A-Za-z_$][\w$.]{0,40}\s*\}/g;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'PRE', 'CODE', 'NOSCRIPT']);
/** Text left around placeholders in a template item ("says:", "Reply", "Trả lời", " - "). */
const MAX_RESIDUAL = 40;

export function placeholderShare(text: string): number {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return 0;
  const matched = (text.match(PLACEHOLDER) ?? []).join('').replace(/\s+/g, '');
  return matched.length / compact.length;
}

function residual(text: string): string {
  return text.replace(PLACEHOLDER, ' ').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const leaves = new Set<Element>();
  for (const el of run.elementsUnder(root)) {
    if (SKIP.has(el.tagName.toUpperCase())) continue;
    let own = '';
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.nodeValue ?? '';
    if (!own.trim() || !PLACEHOLDER.test(own)) continue;
    PLACEHOLDER.lastIndex = 0;
    if (isCodeOrInCode(el)) continue;
    if (placeholderShare(textOf(el)) >= 0.5) leaves.add(el);
  }
  const commentHints = ctx.cues.classHints.comments;
  // Leaves share their ancestors (a page of thousands of template items has one container). Whether the box may
  // grow past an ancestor is decided once per ancestor, and where a climb through it ends is remembered, so each
  // ancestor's text is read once, not once per leaf under it (which was quadratic).
  const stops = (parent: Element): boolean =>
    (residual(textOf(parent)).length > MAX_RESIDUAL && !run.hasHint(parent, commentHints))
    || isProtected(parent, root, s) || holdsProse(parent, s) || isCodeOrInCode(parent);
  /** For an ancestor already climbed: the box a climb through it ends at, or null when the climb stops there. */
  const climbed = new Map<Element, Element | null>();
  const targets: Element[] = [];
  for (const leaf of leaves) {
    if (isProtected(leaf, root, s)) continue;
    let box = leaf;
    const passed: Element[] = [];
    for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
      const known = climbed.get(parent);
      if (known === null) break;
      if (known) {
        box = known;
        break;
      }
      if (stops(parent)) {
        climbed.set(parent, null);
        break;
      }
      passed.push(parent);
      box = parent;
    }
    for (const p of passed) climbed.set(p, box);
    targets.push(box);
  }
  return run.removeBlocks(targets);
}

/** Whether any shown text node under root could hold a placeholder: a cheap walk before the full one on a whole page. */
export function mayHoldPlaceholders(root: Element): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (v.includes('{') || v.includes('<%')) return true;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) continue;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return false;
}

/** Before Readability: the template must not survive inside the chosen container. */
function preApply(root: Element, ctx: RuleContext): string[] {
  // The page index saw every text already: without a "{" or "<%" anywhere, no walk is needed.
  return ctx.page?.templateMarkers !== false && mayHoldPlaceholders(root) ? apply(root, ctx) : [];
}

export const rule: CleanRule = { name: 'unrendered-templates', pre: preApply, post: apply };
