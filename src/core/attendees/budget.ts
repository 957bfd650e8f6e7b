/**
 * How much text the attendee finder reads: the first 100,000 characters of the body and the first 20,000 of the
 * captions (their own share, so a long body never crowds out the photo captions that name people). A meeting
 * report names its participants long before that (the longest annotated article has a few thousand characters);
 * the finder is linear, but its work per character (names, roles, cues) is high, and the budget keeps a page of
 * megabytes of names to a fraction of a second.
 */
export const MAX_BODY_CHARS = 100_000;
export const MAX_CAPTION_CHARS = 20_000;

/** The texts in order, up to `max` characters in all; the one that crosses the budget is cut at a space. */
export function withinBudget(texts: readonly string[], max: number): string[] {
  const out: string[] = [];
  let left = max;
  for (const text of texts) {
    if (text.length <= left) {
      out.push(text);
      left -= text.length;
      continue;
    }
    const space = text.lastIndexOf(' ', left);
    if (space > 0) out.push(text.slice(0, space));
    break;
  }
  return out;
}
