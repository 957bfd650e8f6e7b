/**
 * Characters no export may carry raw. A text export ends up in a terminal (`lucid … | less`, `cat`), and the page
 * chooses its text: ESC opens the sequences that change a window title, clear the screen or write the clipboard
 * (OSC 52), BEL ends them, and the C1 controls (U+0080–U+009F) do the same in terminals that read them as 8-bit
 * codes. A lone CR returns to the line start and lets later text overprint earlier text. None of them is
 * content, so the text formats drop them; JSON keeps every character but writes these as escapes (json-text.ts).
 */

/** C0 controls but TAB, LF and CR (handled apart), DEL and the C1 controls. */
const CONTROLS_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same with CR. */
const CONTROLS_AND_CR_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without terminal controls: CRLF and lone CR become LF, the other controls (TAB and LF aside) go. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS_RE, '');
}

/**
 * `text` with every control above, CR included, replaced by U+FFFD: a last guard over a finished file, where
 * removing a character could join its neighbours into syntax (two backtick runs into one).
 */
export function replaceControls(text: string): string {
  return text.replace(CONTROLS_AND_CR_RE, '\ufffd');
}
