/**
 * ASCII folding and slugs for file names and citation keys. Vietnamese is the case that matters: NFD splits
 * every tone/vowel mark into a combining mark except đ/Đ, which is its own letter.
 */

const LETTERS: Record<string, string> = {
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', þ: 'th', Þ: 'TH',
  ł: 'l', Ł: 'L', ı: 'i',
};

/** "Thường trực Đảng" -> "Thuong truc Dang": drops combining marks, maps the letters NFD leaves alone. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐðÐøØæÆœŒßþÞłŁı]/g, (ch) => LETTERS[ch] ?? ch);
}

/** Lowercase ASCII words joined by single dashes, cut at a dash so no word is split, at most maxLength long. */
export function slugify(text: string, maxLength = 60): string {
  const slug = foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, ''); // a trailing run from its first dash only (each dash of a long inner run read it to its end)
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // A single over-long word is cut hard rather than dropped.
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/(?<!-)-+$/, ''); // from the first dash of the run only
}
