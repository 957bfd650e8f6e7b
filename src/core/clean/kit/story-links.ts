/** Links to other articles of the page's own site (promotions, teasers), told from links elsewhere. */

/** Host without "www." and its registrable part, roughly (example.com, example.co.uk, example.com.br). */
export function siteOf(href: string, base: string): string | null {
  try {
    const labels = new URL(href, base).hostname.replace(/^www\./, '').split('.');
    const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
    return labels.slice(-n).join('.');
  } catch {
    return null;
  }
}

/** A link to another article of the same site: a slug of several words or a long number in its path. */
export function isStoryLink(a: Element, site: string | null, base: string): boolean {
  const href = a.getAttribute('href');
  if (!href || !site || siteOf(href, base) !== site) return false;
  try {
    const path = new URL(href, base).pathname;
    // A slug is tried from the start of each word only (the look-behind): from every letter of a long word the
    // pattern read the word to its end.
    return /\d{5,}/.test(path) || /(?<![\p{L}\p{N}])[\p{L}\p{N}]+([-_][\p{L}\p{N}]+){2,}/u.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}
