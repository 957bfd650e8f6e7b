/**
 * The key the detector compares a headline and the page title by: NFC, lower case, and every run of whitespace,
 * ASCII punctuation and the common Unicode punctuation and symbol blocks as one space, trimmed. A character loop
 * rather than a regular expression: the always-on detector runs in a fresh content-script context on every page
 * load, and a renderer process that has not run it yet compiles each regular expression on first use.
 * tests/core/regex-free.test.ts checks it against the regular expression it replaced.
 */
export function titleKey(s: string): string {
  const t = s.normalize('NFC').toLowerCase();
  let out = '';
  let start = -1; // start of the current run of kept characters
  for (let i = 0; i <= t.length; i++) {
    const separator = i === t.length || isSeparator(t.charCodeAt(i));
    if (!separator && start < 0) start = i;
    else if (separator && start >= 0) {
      out += (out ? ' ' : '') + t.slice(start, i);
      start = -1;
    }
  }
  return out;
}

/** JavaScript's \s, ASCII punctuation, Latin-1 punctuation, and the general punctuation, currency, letterlike,
 * CJK punctuation and fullwidth ASCII punctuation blocks. */
function isSeparator(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x20 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
  return (
    (c >= 0xa0 && c <= 0xbf) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0x2100 && c <= 0x214f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    c === 0xfeff
  );
}
