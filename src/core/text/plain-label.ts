/**
 * Short strings a page supplies about itself (title, byline, site name, captions, names) are shown on one line next
 * to our own text: in the reader's header, a Markdown front matter, a citation, a terminal. Characters that reorder
 * or hide text have no place there: a byline ending in a right-to-left override turns the date and reading time
 * after it around, and invisible characters make two different names look the same.
 */
import { collapseWhitespace } from './normalize';

/**
 * Removed from labels:
 * - bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the marks that move
 *   neutral characters across (LRM U+200E, RLM U+200F, ALM U+061C). The reader sets the article's direction itself.
 * - invisible format characters with no role in spelling a name: soft hyphen, Mongolian vowel separator, word
 *   joiner and invisible operators (U+2060–U+2064), deprecated format controls (U+206A–U+206F), interlinear
 *   annotation (U+FFF9–U+FFFB), musical format controls, tag characters (U+E0000–U+E007F).
 * - letters that draw nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the Khmer inherent vowels
 *   (U+17B4, U+17B5), which Unicode says not to use and which make a blank name look like no name.
 * - C0 and C1 controls other than whitespace (ESC and CSI start terminal sequences; NEL breaks lines).
 * Zero-width space, (non-)joiners and U+FEFF are left to collapseWhitespace, which makes them one visible space.
 * Variation selectors stay: they choose a glyph (emoji or text style) and hide nothing.
 */
const HIDDEN =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}]/gu;

/** NEL (U+0085) is a line break, so it becomes a space like the others; the rest are dropped. */
const NEXT_LINE = '\u0085';

/** The label with every hidden or reordering character removed and its whitespace collapsed: '' when none is left. */
export function plainLabel(text: string): string {
  return collapseWhitespace(text.replace(HIDDEN, (c) => (c === NEXT_LINE ? ' ' : '')));
}

/** plainLabel for optional labels: null when nothing visible is left. */
export function plainLabelOrNull(text: string | null | undefined): string | null {
  return text ? plainLabel(text) || null : null;
}
