/**
 * Characters that reorder or hide text, for the tests of metadata strings: a byline ending in a right-to-left
 * override turns the date and reading time after it around; invisible ones make two different names look alike.
 */
export const BIDI_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

export const INVISIBLES = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2064', '\ufeff', '\u00ad', '\u180e', '\u206a', '\u206f', '\ufff9', '\ufffb',
  '\u{e0001}', '\u{e0041}', '\u{e007f}', '\u3164', '\uffa0', '\u115f', '\u1160', '\u17b4', '\u{1d173}',
  '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b',
];

export const HIDDEN_CHARS = [...BIDI_CONTROLS, ...INVISIBLES];

/** The ones the core makes a visible space of (as it always has in page text), rather than dropping. */
export const SPACING = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u0085'];

/** Any of them (and their neighbours in the same blocks), written independently of the code under test. */
export const HIDDEN =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}]/u;

export const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The character before, inside (after the first space) and at the end of a text: "\u202eJane \u202eRo\u202ee\u202e". */
export const hideIn = (s: string, c: string): string => `${c}${s.replace(' ', ` ${c}`).replace(/(.)$/u, `${c}$1`)}${c}`;

/** The text without any whitespace, to compare letters whatever spacing the cleaning leaves. */
export const visible = (s: string | null): string => (s ?? '').replace(/\s+/g, '');
