/** What turndown's rules share to tidy a block's Markdown. */

/** Without leading and trailing newlines; by index, as turndown does: /\n+$/ is quadratic on long runs of newlines. */
export function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.slice(start, end);
}
