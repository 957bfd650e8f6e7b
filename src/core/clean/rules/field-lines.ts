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
/** Separators between fields ("|", "·", "–", ","), stripped from both ends before a part is judged. */
const SEPARATORS = new Set([...' \t\n\r\u00a0|·•,;/–—-']);
/** A sentence inside a value: an end mark after a word, followed by more text ("2. Februar" is a date, not one). */
const SENTENCE = /\p{L}[.!?]\s+\S|[。！？]\S/u;
const LETTER = /\p{L}/u;
const COLONS = new Set([':', '：']);

/** s without separators at either end (a loop: a trailing-class regex grows quadratically on long runs). */
function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && SEPARATORS.has(s[a]!)) a++;
  while (b > a && SEPARATORS.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** The labels of one cue table, longest first, lower-cased; and those that may stand alone. */
const labelTables = new WeakMap<LanguageCues, { labels: string[]; bare: Set<string> }>();

function labelsFor(cues: LanguageCues): { labels: string[]; bare: Set<string> } {
  let t = labelTables.get(cues);
  if (!t) {
    const labels = [...new Set([...cues.fieldLabels, ...cues.creditWords, ...cues.bylinePrefixes].map((l) => l.toLowerCase()))];
    t = {
      labels: labels.sort((a, b) => b.length - a.length),
      // A label alone, its value gone: only the fields' own labels and bylines (a lone "Quelle:" heads a list of sources).
      bare: new Set([...cues.fieldLabels.filter((l) => !cues.creditWords.includes(l)), ...cues.bylinePrefixes].map((l) => l.toLowerCase())),
    };
    labelTables.set(cues, t);
  }
  return t;
}

interface Field {
  /** Where the label starts and where its colon ends. */
  start: number;
  end: number;
  label: string;
}

/** Every "label:" of the table in text: a colon, maybe spaces before it, a label before those, at a word start. */
function fieldsIn(text: string, labels: readonly string[]): Field[] {
  const found: Field[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!COLONS.has(text[i]!)) continue;
    let j = i;
    while (j > 0 && /\s/.test(text[j - 1]!)) j--;
    const label = labels.find((l) => j >= l.length && text.slice(j - l.length, j).toLowerCase() === l && !LETTER.test(text[j - l.length - 1] ?? ''));
    if (label) found.push({ start: j - label.length, end: i + 1, label });
  }
  return found;
}

/** Whether text is nothing but metadata fields (with at most a date line before the first). */
export function isFieldLine(text: string, cues: LanguageCues): boolean {
  if (!text || text.length > MAX_CHARS) return false;
  const { labels, bare } = labelsFor(cues);
  const found = fieldsIn(text, labels);
  if (found.length === 0) return false;
  const prefix = trimSeparators(text.slice(0, found[0]!.start));
  if (prefix && !isDateLine(prefix, cues)) return false;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const value = trimSeparators(text.slice(f.end, i + 1 < found.length ? found[i + 1]!.start : text.length));
    if (!value) {
      if (found.length === 1 && !prefix && !bare.has(f.label)) return false;
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
