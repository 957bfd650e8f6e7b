/**
 * Dates as pages print them ("Nov. 19, 2019 8:03 am ET", "19. November 2019", "22 de outubro de 2010",
 * "11/19/19", "05.10.18"): the calendar day, in the page's own time zone, which is what a reader cites. Structured
 * dates often give the same moment in UTC, a day off for half the world; published-date.ts reconciles the two.
 */
import { metadataWords } from '../lang/metadata-words';

export interface PrintedDate {
  /** YYYY-MM-DD */
  day: string;
  /** Where the date starts in the text searched, and how long it is there. */
  index: number;
  length: number;
  /** The text before it says it is an update ("Updated Nov 13, 2019"). */
  isUpdate: boolean;
}

const WORD = String.raw`\p{L}[\p{L}\p{M}]*`;
// The year may be glued to a time ("Nov 20 20194:29 AM"): a fifth digit is allowed only before a colon.
const YEAR = String.raw`((?:19|20)\d\d)(?!\d(?!\d?:))`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|\.)?`;
// "19 November 2019", "19. November 2019", "22 de outubro de 2010", "18 NOV 2019", "20 Nov, 2019".
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\d.])${DAY}\s*(?:de\s+)?(${WORD})\.?,?\s*(?:de\s+|del\s+)?${YEAR}`, 'giu');
// "Nov. 19, 2019", "November 20th, 2019", "Maret 30, 2015", "Nov 20 2019", "November 20 15:23 2019".
// The month word starts a word (the lookbehind), so a long run of letters is read once, not from every letter of it.
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD})\.?\s+${DAY},?\s+(?:\d{1,2}:\d\d\s+)?${YEAR}`, 'giu');
// 2019-11-19, 2019/11/19, 2019.11.19
const ISO = /(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
// 19.11.2019, 19/11/2019, 11/19/19, 05.10.18
const NUMERIC = /(?<![\d.:/])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d/]|\.\d)/g;

// A day and a month with no year ("Posted Nov 18, 8:19 PM", "31. Dezember, 23:30 Uhr", "1 janv."): read only to
// correct the day of a structured date, whose year it takes.
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`, 'giu');
const DAY_MONTH = new RegExp(String.raw`(?<![\d.:])(\d{1,2})(?:er|º|\.)?\s*(?:de\s+)?(${WORD})`, 'giu');

/** English outside these regions writes the month first in numeric dates (11/19/19). */
const DAY_FIRST_ENGLISH = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'in', 'za', 'ng', 'ke', 'sg', 'my', 'pk', 'ph', 'hk']);

function monthFirst(lang: string): boolean {
  const [primary, region] = lang.toLowerCase().split(/[-_]/);
  return primary === 'en' && !DAY_FIRST_ENGLISH.has(region ?? '');
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "updated" as a word of its own (no letter either side). */
const updateWord = (w: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}])${w}(?:[^\p{L}]|$)`, 'u');

function isUpdateAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 28), index).toLowerCase();
  return metadataWords().updated.some((w) => updateWord(w).test(before));
}

/** The regexes this module builds at run time, for the hardening test that times every regex of the core. */
export function printedDateRegexes(): RegExp[] {
  return [DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_DAY, DAY_MONTH, ...metadataWords().updated.map(updateWord)];
}

/** Every date printed in `text`, in order of position. `lang` decides 11/12/2019 (month first in US English). */
export function findPrintedDates(text: string, lang = ''): PrintedDate[] {
  const months = metadataWords().months;
  const found: { day: string; index: number; end: number }[] = [];
  const add = (day: string | null, index: number, length: number) => {
    if (day && !found.some((f) => index < f.end && f.index < index + length)) found.push({ day, index, end: index + length });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = months[m[2].toLowerCase()];
    if (month) add(validDay(+m[3], month, +m[1]), m.index, m[0].length);
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = months[m[1].toLowerCase()];
    if (month) add(validDay(+m[3], month, +m[2]), m.index, m[0].length);
  }
  for (const m of text.matchAll(ISO)) add(validDay(+m[1], +m[2], +m[3]), m.index, m[0].length);
  for (const m of text.matchAll(NUMERIC)) {
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    const [a, b] = [+m[1], +m[3]];
    // Dots are always day first; slashes and dashes follow the page's language, unless only one reading is a date.
    const usFirst = m[2] !== '.' && monthFirst(lang);
    add(usFirst ? (validDay(year, a, b) ?? validDay(year, b, a)) : (validDay(year, b, a) ?? validDay(year, a, b)), m.index, m[0].length);
  }
  return found
    .sort((x, y) => x.index - y.index)
    .map(({ day, index, end }) => ({ day, index, length: end - index, isUpdate: isUpdateAt(text, index) }));
}

/** The first date printed in `text` that is not marked as an update, or null. */
export function firstPrintedDate(text: string, lang = ''): string | null {
  return findPrintedDates(text, lang).find((d) => !d.isUpdate)?.day ?? null;
}

export interface DayOfMonth {
  month: number;
  day: number;
}

/** The first day and month printed with no year in `text` (not an update), or null. */
export function firstDayWithoutYear(text: string): DayOfMonth | null {
  const months = metadataWords().months;
  let best: (DayOfMonth & { index: number }) | null = null;
  const consider = (month: number | undefined, day: number, index: number) => {
    if (!month || day < 1 || day > 31 || (best && best.index <= index) || isUpdateAt(text, index)) return;
    best = { month, day, index };
  };
  for (const m of text.matchAll(MONTH_DAY)) consider(months[m[1].toLowerCase()], +m[2], m.index);
  for (const m of text.matchAll(DAY_MONTH)) consider(months[m[2].toLowerCase()], +m[1], m.index);
  const found = best as (DayOfMonth & { index: number }) | null;
  return found ? { month: found.month, day: found.day } : null;
}

/** The day and month in the year (of the three around `near`) that puts it closest to `near` (YYYY-MM-DD). */
export function dayNear(printed: DayOfMonth, near: string): string | null {
  const year = +near.slice(0, 4);
  const days = [year - 1, year, year + 1].map((y) => validDay(y, printed.month, printed.day)).filter((d): d is string => !!d);
  const apart = (d: string) => Math.abs(Date.parse(d) - Date.parse(near));
  return days.sort((a, b) => apart(a) - apart(b))[0] ?? null;
}
