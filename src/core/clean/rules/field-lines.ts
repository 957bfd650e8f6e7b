/**
 * Lines that are only the page's metadata fields, printed by the CMS around or inside the body (issue #18, all
 * languages): "Kategorie: News" after a date, "News date : 04/21/2022 Category : Press Releases", a credit or a
 * source on a line of its own ("Quelle: Landesregierung", "Foto: Timur", "Źródło: ISBnews", "Crédits photos :
 * Bestimage"), a label whose value the cleaning already took ("Veröffentlichung:", "opublikowano:", "Von:").
 * The shape decides, the words are data: a line is one or more `label: value` fields (labels from the language's
 * fieldLabels, creditWords and bylinePrefixes), each value a few words and no sentence, with at most a date before
 * the first label. A line with anything else (a caption's sentence, "Termin: 29.02." of an event, where the label is
 * not a field word) stays, and so do list items and table cells (a fact box is content).
 */
import type { LanguageCues } from '../../lang/clean-cue-types';
import { isDateLine } from '../kit/date-lines';
import { insideTag, isProtected, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { within } from '../kit/block-text';

const MAX_CHARS = 120;
/** A field's value is a name, a section or a date: a few words. */
const MAX_VALUE_WORDS = 6;
const BLOCKS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'STRONG', 'B', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FOOTER', 'ADDRESS']);
const CONTENT_HOLDERS = new Set(['LI', 'TD', 'TH', 'DT', 'DD', 'TABLE', 'UL', 'OL', 'DL', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'CODE']);
const MEDIA = 'img, picture, video, iframe, figure';
/** Separators between fields ("|", "·", "–", ","), stripped before a part is judged. */
const SEPARATORS = /^[\s|·•,;/–—-]+|[\s|·•,;/–—-]+$/g;
/** A sentence inside a value: an end mark after a word, followed by more text ("2. Februar" is a date, not one). */
const SENTENCE = /\p{L}[.!?]\s+\S|[。！？]\S/u;

/** One regular expression per cue table: a label at a word start, then a colon (full-width too). */
const labelPatterns = new WeakMap<LanguageCues, { any: RegExp; bare: Set<string> }>();

function patternsFor(cues: LanguageCues): { any: RegExp; bare: Set<string> } {
  let p = labelPatterns.get(cues);
  if (!p) {
    const labels = [...new Set([...cues.fieldLabels, ...cues.creditWords, ...cues.bylinePrefixes])].sort((a, b) => b.length - a.length);
    const alternatives = labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    p = {
      any: new RegExp(`(?:^|[^\\p{L}])(${alternatives})\\s*[:：]`, 'giu'),
      // A label alone, its value gone: only the fields' own labels and bylines (a lone "Quelle:" heads a list of sources).
      bare: new Set([...cues.fieldLabels.filter((l) => !cues.creditWords.includes(l)), ...cues.bylinePrefixes].map((l) => l.toLowerCase())),
    };
    labelPatterns.set(cues, p);
  }
  return p;
}

/** Whether text is nothing but metadata fields (with at most a date line before the first). */
export function isFieldLine(text: string, cues: LanguageCues): boolean {
  if (!text || text.length > MAX_CHARS) return false;
  const { any, bare } = patternsFor(cues);
  const found = [...text.matchAll(any)];
  if (found.length === 0) return false;
  const prefix = text.slice(0, found[0]!.index).replace(SEPARATORS, '');
  if (prefix && !isDateLine(prefix, cues)) return false;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const end = i + 1 < found.length ? found[i + 1]!.index : text.length;
    const value = text.slice(m.index + m[0].length, end).replace(SEPARATORS, '');
    if (!value) {
      if (found.length === 1 && !prefix && !bare.has(m[1]!.toLowerCase().replace(/\s+/g, ' '))) return false;
      continue;
    }
    if (SENTENCE.test(value) || value.split(/\s+/).length > MAX_VALUE_WORDS) return false;
  }
  return true;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BLOCKS.has(el.tagName) || CONTENT_HOLDERS.has(el.tagName)) continue;
    if (run.rawLength(el) > MAX_CHARS * 4 || targets.some((t) => within(el, t)) || isProtected(el, root, s)) continue;
    const text = run.textOf(el);
    if (!isFieldLine(text, ctx.cues) || insideTag(el, root, CONTENT_HOLDERS)) continue;
    // A span or an emphasis counts only as the whole of its line, never as part of a sentence.
    const line = withBareWrappers(run, el, root, s);
    if (!BLOCKS.has(line.tagName) || line.querySelector(MEDIA)) continue;
    if (line === el && ['SPAN', 'SMALL', 'EM', 'I', 'STRONG', 'B'].includes(el.tagName)) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'field-lines', post: apply };
