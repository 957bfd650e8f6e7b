/**
 * Newsletter and sign-up boxes: a short box that says "newsletter"/"sign up", or that asks for an e-mail address.
 * Readability drops form fields, so the e-mail form is found before it runs (preRule); after it, a short box with a
 * newsletter class that holds no prose is enough ("The Longshore Weekly" over one line of promise).
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import type { TextReader } from '../kit/text-reader';
import { matchesUnder } from '../kit/matches-under';
import { isProse } from '../kit/page-structure';
import type { CleanContext, CleanRule, RuleContext } from '../kit/rule';
import { containsCue, within } from '../kit/block-text';

const HINTED_MAX_CHARS = 300;
const FORM_BOX_MAX_CHARS = 400;
const EMAIL_FIELD = 'input[type="email"]';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const cues = ctx.cues.newsletter;
  const hints = ctx.cues.classHints.newsletter;
  const boxes = findBoxes(run, root, s, {
    labels: cues,
    slack: 40,
    hints,
    maxChars: 600,
    confirm(parts, text, via) {
      if (via === 'hint') return containsCue(text, cues) || text.length <= HINTED_MAX_CHARS;
      if (!containsCue(text, cues)) return false;
      return hasAny(parts, 'form, input[type="email"], button') || parts.length > 1 || parts[0]!.children.length > 1;
    },
  });
  boxes.push(...emailForms(run, root, ctx, matchesUnder(root, ctx, EMAIL_FIELD)));
  return run.removeBlocks(boxes);
}

/**
 * A sign-up form: an e-mail field without a message box or password (a comment, contact or login form has those),
 * taken with its wrapper while the wrapper stays short and holds no prose.
 */
function emailForms(run: TextReader, root: Element, ctx: CleanContext, inputs: Element[]): Element[] {
  const { rawLength, textOf } = run;
  const out: Element[] = [];
  for (const input of inputs) {
    const form = input.closest('form');
    if (!form || form === root || within(root, form) || form.querySelector('textarea, input[type="password"]')) continue;
    if (rawLength(form) > FORM_BOX_MAX_CHARS * 3 || textOf(form).length > FORM_BOX_MAX_CHARS) continue;
    let box: Element = form;
    for (let parent = form.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (parent.querySelector('textarea')) break;
      if (rawLength(parent) > FORM_BOX_MAX_CHARS * 3 || textOf(parent).length > FORM_BOX_MAX_CHARS || holdsProseParagraph(run, parent)) break;
      box = parent;
    }
    if (box === form && !containsCue(textOf(form), ctx.cues.newsletter) && textOf(form).length > 80) continue;
    out.push(box);
  }
  return out;
}

/** Cheap stand-in for the structure's prose test on the whole page (the box is short, so this is bounded). */
function holdsProseParagraph(run: TextReader, el: Element): boolean {
  return Array.from(el.querySelectorAll('p')).some((p) => isProse(run, p));
}

/** Before Readability, which drops form fields: e-mail sign-up forms and their short boxes. */
function preApply(root: Element, ctx: RuleContext): string[] {
  const inputs = matchesUnder(root, ctx, EMAIL_FIELD);
  return inputs.length > 0 ? ctx.run.removeBlocks(emailForms(ctx.run, root, ctx, inputs)) : [];
}

export const rule: CleanRule = { name: 'newsletter-boxes', pre: preApply, post: apply };
