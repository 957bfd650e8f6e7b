/**
 * The publication date: the structured one (JSON-LD, article:published_time, a marked <time>) for the moment, the
 * date printed beside the headline for the calendar day. A CMS that stores UTC ("2019-11-20T01:50:59Z") publishes
 * an evening story in Los Angeles on the next day; the page itself prints "Nov. 19, 2019 5:50 PM", which is the
 * date a reader cites. So a printed day within a day of the structured one replaces it; one further away is
 * another date (an update, a related story) and the structured date stays. No structured date: the printed one.
 */
import type { JsonLdNode } from './jsonld';
import { dayNear, firstPrintedDate, type DayOfMonth } from './printed-date';
import type { PageQuery } from '../page/page-query';

type Meta = (query: PageQuery, ...keys: string[]) => string | null;

const DAY_MS = 86_400_000;

export function readPublished(
  query: PageQuery,
  meta: Meta,
  ldNodes: JsonLdNode[],
  printedNearHeadline: string | null,
  lang: string,
  printedAlone = true,
  printedWithoutYear: DayOfMonth | null = null,
): string | null {
  const structured = structuredDate(query, meta, ldNodes, lang);
  if (!printedNearHeadline) {
    // "Posted Nov 18, 8:19 PM" beside "2019-11-19T01:19:34Z": the printed day, in the structured date's year.
    const day = structured && printedWithoutYear ? dayNear(printedWithoutYear, structured.slice(0, 10)) : null;
    const apart = day && structured ? Math.abs(Date.parse(structured.slice(0, 10)) - Date.parse(day)) : 0;
    return day && apart > 0 && apart <= DAY_MS ? day : structured;
  }
  if (!structured) return printedAlone ? printedNearHeadline : null;
  const apart = Math.abs(Date.parse(structured.slice(0, 10)) - Date.parse(printedNearHeadline));
  return apart > 0 && apart <= DAY_MS ? printedNearHeadline : structured;
}

function structuredDate(query: PageQuery, meta: Meta, ldNodes: JsonLdNode[], lang: string): string | null {
  // The page's own offset first: article:published_time is written by the CMS in the site's zone more often than
  // the JSON-LD, which plugins fill in UTC.
  const candidates = [
    meta(query, 'article:published_time', 'og:published_time', 'article:published', 'datePublished', 'pubdate',
      'publishdate', 'published_at', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'sailthru.date',
      'parsely-pub-date', 'pdate'),
    ...ldNodes.map((n) => (typeof n.datePublished === 'string' ? n.datePublished : null)),
  ];
  const dates = candidates.map((c) => toIsoDate(c, lang)).filter((d): d is string => !!d);
  // The same moment written in the page's own zone gives the day its readers saw: prefer a local offset to UTC.
  const local = dates.find((d) => /[+-]\d\d:\d\d$/.test(d) && !/[+-]00:00$/.test(d));
  return local ?? dates[0] ?? toIsoDate(soleTimeElement(query), lang);
}

/** A <time datetime> is the publication date only when it is marked so, or is the page's only one (not a list). */
function soleTimeElement(query: PageQuery): string | null {
  const marked = query.one('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  if (marked) return marked.getAttribute('datetime');
  const all = query.all('time[datetime]');
  return all.length === 1 ? all[0].getAttribute('datetime') : null;
}

/**
 * Normalises a date string to ISO 8601 when it clearly is one (keeps the page's own offset), else null. Written-out
 * dates ("19 Nov 2019 07:09 GMT", "Mon, 18 Nov 2019 16:07:38 -0600", "20191119") give their day as written.
 */
export function toIsoDate(raw: string | null | undefined, lang = ''): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (m) {
    const [, y, mo, d, h, mi, sec, tz] = m;
    // "0001-01-01T00:00:00Z" is an unset field, not a date.
    if (+y < 1990) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  const compact = s.match(/^((?:19|20)\d\d)(\d\d)(\d\d)$/);
  if (compact) return firstPrintedDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  // Vietnamese and European day-first dates: 29/06/2021, 29-6-2021.
  const dm = s.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/);
  if (dm) {
    const [, d, mo, y] = dm;
    if (+mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31) return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return firstPrintedDate(s, lang);
}
