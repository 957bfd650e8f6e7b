/** Small formatting helpers for the reader header (pure; Intl only). */

/** "2025-11-25" or a full timestamp -> a long date in the given language; null when unparseable. */
export function formatDate(iso: string, lang: string): string | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  // A bare date is a calendar day, not midnight somewhere: read and print it in UTC so it never shifts a day.
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(lang || undefined, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date); // unknown language tag
  }
}

/** "www.example.com" -> "example.com"; '' for unparseable URLs. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Whitespace-collapsed, case-folded text for comparisons. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
