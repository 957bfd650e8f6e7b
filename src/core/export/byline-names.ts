/**
 * A byline as citation names. Vietnamese names are family-first ("Nguyễn Văn An" -> family Nguyễn, given
 * Văn An); Vietnamese pen names ("Quốc Hương", "Minh Trí": no family name) and organisations stay whole as a
 * literal, which citation styles print as written; other names are given-first with the last word as family.
 */
import { foldToAscii } from './slug';

export type CslName = { family: string; given: string } | { literal: string };

/** The common Vietnamese family names (well over 90% of people), compared without diacritics. */
const VIETNAMESE_FAMILY_NAMES = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh lam luong mai ha ' +
    'cao quach luu chu ta tang thai trieu van la tieu kieu hua giang khuc au tong ton lai lu quan diep ung ' +
    'thach kim thieu nong mac vuong bach tu lo hong phung')
    .split(' '),
);

/** Family names that are also ordinary Western words/names: trusted only in Vietnamese text or with Văn/Thị. */
const AMBIGUOUS_FAMILY_NAMES = new Set('le ly ho ha mai lam van la lu tu lo kim hong ta ton au mac chu'.split(' '));

/**
 * Organisation bylines. Vietnamese words are matched with their diacritics and only at the start ("Báo Thanh
 * Hóa", "Ban Tuyên giáo"): folded, "Báo" (newspaper) would equal the given name "Bảo".
 */
const VIETNAMESE_ORGANISATION_RE =
  /^(?:báo|tạp chí|ban|sở|bộ|ubnd|hđnd|trung tâm|đài|cổng thông tin|thông tấn|phòng|cục|viện|hội|công ty|nhóm|phóng viên|biên tập)(?=\s|$)/iu;
const ORGANISATION_RE =
  /\b(?:news|staff|editorial|editors|desk|team|press|agency|reuters|office|ministry|department|committee|council|initiative|foundation|organi[sz]ation|association|university|institute|company|inc|ltd|corp|group|service|board|media|magazine|newspaper|times|post|herald|journal|ledger|tribune|gazette|daily|weekly|network|wire|bureau|government|embassy)\b/i;

/** Job titles that follow a name after a comma ("Marcus Feld, Staff Writer"): not a second author. */
const ROLE_RE =
  /^(?:(?:senior|chief|staff|political|business|city|local|sports|contributing|special|foreign)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|photographer|journalist)s?$/i;

const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'dos', 'das', 'la', 'le', 'bin', 'al', 'ter', 'ten']);

function isOrganisation(name: string, siteName: string | null): boolean {
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return true;
  if (VIETNAMESE_ORGANISATION_RE.test(name) || ORGANISATION_RE.test(name)) return true;
  const words = name.split(/\s+/);
  // An acronym among ordinary words ("Minh Trí TTXVN"), or a lone acronym ("AFP"); an all-caps name is a name.
  const acronym = (w: string) => /^\p{Lu}{2,6}$/u.test(w);
  const allCaps = name === name.toUpperCase();
  return words.some(acronym) && (!allCaps || words.length === 1);
}

function isVietnameseName(words: string[], vietnameseText: boolean): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const family = foldToAscii(words[0]).toLowerCase();
  if (!VIETNAMESE_FAMILY_NAMES.has(family)) return false;
  if (!AMBIGUOUS_FAMILY_NAMES.has(family) || vietnameseText) return true;
  return words.slice(1, -1).some((w) => /^(van|thi)$/i.test(foldToAscii(w)));
}

function parseOne(name: string, vietnameseText: boolean, siteName: string | null): CslName {
  const words = name.split(/\s+/);
  // One word, or more words than any personal name: cited as written.
  if (words.length === 1 || words.length > 5 || isOrganisation(name, siteName)) return { literal: name };
  if (isVietnameseName(words, vietnameseText)) return { family: words[0], given: words.slice(1).join(' ') };
  // Vietnamese text without a known family name: a pen name, cited whole.
  if (vietnameseText && /[\u00C0-\u1EF9]/.test(name)) return { literal: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1].toLowerCase())) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/** Citation names from a byline; [] when there is none. `lang` is the article's BCP 47 language. */
export function bylineNames(byline: string | null, lang: string, siteName: string | null = null): CslName[] {
  const cleaned = (byline ?? '')
    .replace(/\s+/g, ' ')
    // Not from a "(" that follows another unclosed one: each such start read to the end for a ")" (quadratic);
    // the earlier "(" already covers it, so the result is the same.
    .replace(/(?<!\([^()]*)\([^)]*\)/g, ' ')
    .replace(/^\s*(?:by|bởi|tác giả|bài và ảnh|bài, ảnh|bài)\s*:?\s+/i, '')
    .trim();
  if (!cleaned) return [];
  const vietnameseText = /^vi\b/i.test(lang);
  // An organisation's own "and" ("Ministry of Agriculture and Rural Development") does not separate authors;
  // only a list separator does.
  if (isOrganisation(cleaned, siteName) && !/[,;&]/.test(cleaned)) {
    return [{ literal: cleaned }];
  }
  return cleaned
    // Leading spaces only from the first of their run (the look-behind): from each space of a long run the
    // pattern read the run to its end.
    .split(/(?:(?<!\s)\s+)?(?:[,;&/]|\s-\s|\s–\s|\s(?:và|and)\s)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part && !ROLE_RE.test(part))
    .map((part) => parseOne(part, vietnameseText, siteName));
}
