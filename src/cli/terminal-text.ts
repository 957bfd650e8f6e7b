/**
 * Text the CLI prints on a terminal that it did not write itself: file and folder names, error messages that quote
 * them or the page. A name can hold any character but "/" and NUL, and a page chooses its text, so each control
 * character is shown as a visible escape instead of being sent: ESC and the C1 controls start sequences that
 * change the window title, clear the screen or write the clipboard (OSC 52), BEL ends them, CR and LF would let a
 * name fake a line of the CLI's own output, and the bidirectional controls reorder what the line appears to say.
 * Backslashes are left alone (Windows paths), so the escapes are for reading, not for parsing back.
 */

/** C0 controls, DEL, C1 controls, Unicode line/paragraph separators and bidirectional formatting characters. */
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One line for a terminal: every character above escaped, line breaks included. */
export function terminalLine(text: string): string {
  return text.replace(UNPRINTABLE_RE, visible);
}

/** Several lines for a terminal (a stack trace): as terminalLine, but LF is kept as the line break it is. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}
