/**
 * Dates as the article gives them. A published timestamp keeps the calendar day written by the site
 * ("2021-06-29T18:34:00+07:00" is 29 June, not the UTC 28th), so every date is read from its leading YYYY-MM-DD.
 */

/** [year] | [year, month] | [year, month, day] from an ISO 8601 date or timestamp; null if it has no year. */
export function dateParts(iso: string | null | undefined): number[] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso?.trim() ?? '');
  if (!match) return null;
  const parts = [Number(match[1])];
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month >= 1 && month <= 12) {
    parts.push(month);
    if (day >= 1 && day <= 31) parts.push(day);
  }
  return parts;
}

/** "2021-06-29", "2021-06" or "2021" (as precise as the source), or null. */
export function isoDay(iso: string | null | undefined): string | null {
  const parts = dateParts(iso);
  if (!parts) return null;
  return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}
