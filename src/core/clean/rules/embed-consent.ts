/**
 * The placeholder a blocked embed leaves in the text until the reader consents (issue #18, all languages): "Twitter
 * freischalten — Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu
 * Twitter her. [Datenschutzeinstellungen verwalten]", "Empfohlener redaktioneller Inhalt … [Externen Inhalt laden]",
 * "This content is blocked. By loading the content you accept … [Load content]". cookie-banners leaves the article's
 * own block alone; these stand inside it, where the tweet or the video would be. A box goes when a short line in it
 * holds one of the language's consent phrases (data: embedConsent) and the box, small around it, offers a control of
 * its own (a button or a link beside the line): reporting about consent or external content has no such control.
 */
import { containsCue, within } from '../kit/block-text';
import { leafMatches } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const MAX_NOTICE_CHARS = 400;
/** The placeholder around the notice: a heading, the notice, a button; each level up may add this much text. */
const MAX_BOX_CHARS = 600;
const MAX_STEP_CHARS = 80;
/** The text must go on without it: a page of nothing but the placeholder is left as it is. */
const MIN_TEXT_BESIDE = 200;
const CONTROLS = 'button, a, input, [role="button"]';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const cues = ctx.cues.embedConsent;
  const rootChars = run.textOf(root).length;
  const boxes: Element[] = [];
  for (const el of leafMatches(root, 'p, div, span')) {
    if (boxes.some((b) => within(el, b))) continue;
    const text = run.textOf(el);
    if (!text || text.length > MAX_NOTICE_CHARS || !containsCue(text, cues)) continue;
    // Up through the placeholder's own parts (its heading, its button), not to the line introducing the embed.
    let box = el;
    for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
      const chars = run.textOf(up).length;
      if (chars > MAX_BOX_CHARS || chars - run.textOf(box).length > MAX_STEP_CHARS) break;
      box = up;
    }
    const control = Array.from(box.querySelectorAll(CONTROLS)).some((c) => !within(c, el));
    if (!control || rootChars < run.textOf(box).length + MIN_TEXT_BESIDE) continue;
    boxes.push(box);
  }
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'embed-consent', post: apply };
