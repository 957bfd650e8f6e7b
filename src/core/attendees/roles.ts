import type { CompiledCues } from './compile';
import { opensGroup } from './groups';
import type { NameSpan } from './names';
import { singularOf } from './plural-heads';
import { REACH, searchNear } from './reach';
// Apart from the type import above, so that its line stays as it was (the English work changes it).
import { honorificWordsAt } from './names';

const BREAK_BEFORE_NAME = /[,;:()“”"]|\s[-–—]\s/gu;
/** A role written before a name is at most this long ("Phó Bí thư Thường trực Tỉnh ủy, …" fits many times). */
const MAX_ROLE_BEFORE = 120;
// The look-behinds start a match only at the first character of a run, so a long run is read once, not once from
// each of its characters (a run of spaces or of letters with no stop after it was quadratic).
const TRAILING_PUNCT = /(?<![\s,;:\-–—])[\s,;:\-–—]+$/u;
const LAST_WORD_STOP = /(?<!\S)(\S+)\.$/u;
const SEGMENT_END = /[,;:()“”"]/u;
/** A comma or a dash after a name opens its roles, maybe after a short parenthesis ("(D-Md.)", "(pictured)"). */
const PORTFOLIO = /\([^()“”",;:]{1,40}\)/gu;
/** The same, only where a search stands (sticky: its lastIndex is set per use, never shared with matchAll's). */
const PORTFOLIO_AT = /\([^()“”",;:]{1,40}\)/yu;
const BRACKET_ROLE = /^\s*\(([^()]{2,60})\)/u;
const ROLES_OPENER = /^(?:\s*\([^)]{0,100}\))?\s*,\s*|^\s+[-–—]\s+/u;

/**
 * A role written before the name ("Bộ trưởng Bộ Y tế Đào Hồng Lan", "Library Director Sunita Greaves"), read
 * from `from` (the end of the previous person or cue) up to the name. Returns where it starts, or null.
 */
export function roleBefore(
  s: string, span: NameSpan, from: number, cc: CompiledCues,
): { role: string; start: number; plural: boolean } | null {
  let windowStart = from;
  const raw = s.slice(from, span.lead);
  // "Principal Secretary (Irrigation) P. Satyanarayana", "Minister of State (Independent Charge) for Water
  // Resources X": a portfolio in brackets inside a title (a head before it in the same clause) is no break.
  const inTitle = new Set<number>();
  let clauseStart = 0;
  for (const b of raw.matchAll(PORTFOLIO)) {
    const before = raw.slice(clauseStart, b.index);
    const cut = Math.max(before.search(/[,;:“”"][^,;:“”"]*$/u), -1);
    if (cut >= 0) clauseStart += cut + 1;
    cc.roleHead.lastIndex = 0;
    if (cc.roleHead.test(raw.slice(clauseStart, b.index))) {
      inTitle.add(b.index + b[0].indexOf('('));
      inTitle.add(b.index + b[0].length - 1);
    }
    cc.roleHead.lastIndex = 0;
  }
  for (const m of raw.matchAll(BREAK_BEFORE_NAME)) {
    if (inTitle.has(m.index)) continue;
    windowStart = Math.max(windowStart, from + m.index + m[0].length);
  }
  let windowEnd = span.lead;
  // Not a term of address that opens a title ("bác" of "bác sĩ", "anh" of "Anh hùng").
  const honorifics = [...s.slice(windowStart, span.lead).matchAll(cc.honorificAny)]
    .filter((m) => !cc.roleHeadAtStart.test(s.slice(windowStart + m.index, span.lead)));
  for (const m of honorifics.slice(-1)) {
    // "Development Commissioner Smt. Anita Mohapatra": an honorific just before the name ends the role; one
    // before the role ("đồng chí Phó Bí thư …") starts it.
    if (/^\s*$/u.test(s.slice(windowStart + m.index + m[0].length, span.lead))) windowEnd = windowStart + m.index;
    else windowStart += m.index + m[0].length;
  }
  let window = s.slice(windowStart, windowEnd);
  const connector = cc.connectorAtStart.exec(window.trimStart());
  if (connector) {
    const cut = window.length - window.trimStart().length + connector[0].length;
    windowStart += cut;
    window = window.slice(cut);
  }
  // Every candidate role runs to the end of the window: one that must be longer than MAX_ROLE_BEFORE is skipped
  // before it is copied and read, so a window of thousands of title words costs its length, not its square.
  const roleEnd = window.length - (TRAILING_PUNCT.exec(window)?.[0].length ?? 0);
  const tooLong = (at: number): boolean => roleEnd - at - 1 > MAX_ROLE_BEFORE;
  for (const m of window.matchAll(cc.roleHead)) {
    let idx = m.index;
    if (tooLong(idx)) continue;
    if (cc.data.roleExtendsLeft) idx = extendLeft(window, idx, cc, tooLong);
    if (idx < 0) continue;
    let role = trimRole(window.slice(idx), cc);
    if (!role || role.length > MAX_ROLE_BEFORE || cc.roleStop.test(role)) continue;
    if (!innerWordsAllowed(role, cc)) continue;
    // "Councilmembers A, B and C", "Student senators A and B": each is given the singular of the role's last head,
    // in the plural's place.
    const last = lastHead(role, cc);
    const singular = last ? singularOf(last.text, cc) : null;
    const plural = singular !== null;
    if (singular) role = role.slice(0, last!.index) + singular + role.slice(last!.index + last!.text.length);
    // "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy X": titles chained before this one are the person's too (split
    // again at the dashes by splitDashedRoles).
    let at = windowStart + idx;
    const chained = !window.slice(0, idx).trim() ? chainedRolesBefore(s, from, at, cc) : null;
    if (chained) {
      role = [...chained.roles, role].join(' - ');
      at = chained.start;
    }
    // "đồng chí Phó Bí thư Tỉnh ủy Võ Văn Cảnh": the mention starts at the honorific before the role.
    const prefix = s.slice(Math.max(0, at - 24), at);
    const honorific = cc.honorificBefore.exec(prefix);
    return { role, start: honorific ? at - prefix.length + honorific.index : at, plural };
  }
  return null;
}

/**
 * Titles chained before this one, back to the previous break and not past `from`: joined by a dash ("Ủy viên Trung
 * ương Đảng - Bí thư Tỉnh ủy X"), or by commas in a chain an honorific opens ("đồng chí Ủy viên Ban Thường vụ Tỉnh
 * ủy, Phó Chủ tịch UBND tỉnh X"; without one, the title before a comma is another person's).
 */
function chainedRolesBefore(s: string, from: number, at: number, cc: CompiledCues): { roles: string[]; start: number } | null {
  const roles: string[] = [];
  let start = at;
  let comma = false;
  let opened = false;
  let sentenceStart = false;
  for (let k = 0; k < 4 && !opened; k++) {
    const base = Math.max(from, start - 110);
    const m = /([^,;:()“”"]{1,100}?)(\s[-–]\s+|,\s*)$/u.exec(s.slice(base, start));
    if (!m) break;
    cc.roleHead.lastIndex = 0;
    const head = cc.roleHead.exec(m[1]!);
    cc.roleHead.lastIndex = 0;
    if (!head) break;
    const lead = m[1]!.slice(0, head.index);
    opened = lead.trim() !== '';
    if (opened && !cc.honorificBefore.test(lead)) break;
    const role = m[1]!.slice(head.index).trim();
    if (cc.roleStop.test(role) || !innerWordsAllowed(role, cc)) break;
    roles.unshift(role);
    start = start - m[0].length + m[0].indexOf(role);
    comma ||= m[2]!.includes(',');
    // "Thủ khoa đầu ra, tân bác sĩ X": a chain opening the sentence has no one else's title before it.
    sentenceStart = base === 0 && m.index === 0 && !lead.trim();
  }
  // Commas chain titles only where the language runs a person's titles together (Vietnamese); in English the title
  // before a comma is an apposition (roleApposedBefore) or another person's.
  if (!roles.length || (comma && (!(opened || sentenceStart) || !cc.data.roleCommaContinues))) return null;
  return { roles, start };
}

/** "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh": titles joined by a dash are two roles when each opens with a head. */
export function splitDashedRoles(roles: string[], cc: CompiledCues): string[] {
  return roles.flatMap((r) => {
    const parts = r.split(/\s[-–]\s/u).map((x) => x.trim());
    return parts.length > 1 && parts.every((x) => cc.roleHeadAtStart.test(x)) ? parts : [r];
  });
}

/**
 * "committee chair Rep.", "Committee chair Senator": a lowercase title followed by a personal title of its own are two
 * roles (English order, where a title written before the name may stack on another).
 */
export function splitStackedTitles(roles: string[], cc: CompiledCues): string[] {
  if (!cc.data.roleExtendsLeft) return roles;
  return roles.flatMap((r) => {
    const words = r.split(' ');
    for (let i = 1; i < words.length; i++) {
      // "committee chair Rep.", "Committee Chairman Sen.": a capitalised head after a lowercase one, or an
      // abbreviated title with its stop after any head.
      // (Not a rank of abbreviations: "Maj. Gen.", "Command Sgt. Maj." are one title.)
      if (!(/^\p{Ll}/u.test(words[i - 1]!) || (i === words.length - 1 && words[i]!.endsWith('.') && !words[i - 1]!.endsWith('.'))) ||
        !/^\p{Lu}/u.test(words[i]!)) continue;
      const rest = words.slice(i).join(' ');
      const head = cc.roleHeadAtStart.exec(rest);
      const first = words.slice(0, i).join(' ');
      if (head && head[0].length === rest.length && cc.roleHeadAtStart.test(words[i - 1]!)) return [first, rest];
    }
    return [r];
  });
}

/**
 * A role with its article, possessive or owner, then a comma, right before the name (or before the role or honorific
 * written next to it, which starts at `at`): "The Speaker of the House, Hon. X", "his lawyer, X", "Southmoor's chief
 * executive, X". Openers are tried nearest first ("the leader of the opposition, X" after "the"). Not past `from`.
 * Minutes name the holder in brackets after the role ("Present: the Treasurer (Mr X), …"): with `bracketed` (the name
 * is closed by ")"), " (" may stand for the comma, and the role may open a list item without an article.
 */
export function roleApposedBefore(
  s: string, at: number, from: number, cc: CompiledCues, bracketed = false,
): { role: string; start: number } | null {
  if (!cc.appositionOpener) return null;
  const before = s.slice(Math.max(from, at - 120), at);
  // The bracket may hold an article of the honorific ("the Pro Chancellor (The Hon Justice X)").
  const bracket = bracketed ? / \((?:[Tt]he )?$/u.exec(before)?.[0].length ?? 0 : 0;
  // "the archdeacon, the Ven X": the honorific may keep its own article after the comma.
  const article = bracket ? null : /, (\p{L}+) $/u.exec(before);
  const articled = article && cc.data.roleArticles.includes(article[1]!.toLowerCase()) ? article[0].length : 0;
  if (!bracket && !articled && !/, $/u.test(before)) return null;
  const cut = bracket || articled || 2;
  const base = at - before.length;
  const openers = [...before.matchAll(cc.appositionOpener)];
  for (let k = openers.length - 1; k >= 0; k--) {
    const m = openers[k]!;
    if (m.index + m[0].length > before.length - cut) continue;
    // "Chief of Staff to the President, X": an article after "of"/"to" is inside a longer title.
    const prev = wordBefore(before, m.index)?.word;
    if (prev && cc.data.roleInnerWords.includes(prev) && !cc.connectorAtStart.test(`${prev} `)) continue;
    let body = before.slice(m.index + m[0].length, -cut);
    // "the visiting Australian High Commissioner, Ms X": a tenure word after the article is no part of the role.
    const tenure = m[1] ? cc.tenureAtStart?.exec(body) : null;
    if (tenure) body = body.slice(tenure[0].length);
    if (!body || /[,;:()“”"]/u.test(body)) continue;
    const role = m[3] ? `${m[3]} ${body}` : body;
    if (apposedRole(role, body, m[2] !== undefined || m[3] !== undefined, cc)) return { role, start: base + m.index };
  }
  // "Present: Pro-Chancellor (Dr X), Treasurer (Mr Y)", "A, Chief of Staff to the President, B": the role opens
  // the item.
  // In a roster opened by a colon or a semicolon the role may be in lowercase ("were present: chairperson, A;
  // vice-chairperson, B"); the window may start right after that colon (the cue's end).
  const item = /(^|[,:;]|\sand)\s*([^,;:()“”"\s][^,;:()“”"]{0,79})$/u.exec(before.slice(0, -cut));
  if (!item) return null;
  const role = item[2]!;
  const opener = item[1] || s[at - before.length - 1] || '';
  if (!(/^\p{Lu}/u.test(role) || /[:;]/u.test(opener)) || !apposedRole(role, role, false, cc)) return null;
  return { role, start: at - role.length - cut };
}

/**
 * The words of a role in apposition: a head, not plural, and before it only words that belong to a role. After a
 * possessive, up to two lowercase words may stand before a head that ends the role ("Labour's primary industries
 * spokesperson"); after an article they may not ("the decision angered the mayor").
 */
function apposedRole(role: string, body: string, owned: boolean, cc: CompiledCues): boolean {
  const head = lastHead(body, cc);
  if (!head || singularOf(head.text, cc) || cc.roleStop.test(role)) return false;
  cc.roleHead.lastIndex = 0;
  const first = cc.roleHead.exec(body)!;
  cc.roleHead.lastIndex = 0;
  const lead = body.slice(0, first.index).split(/\s+/u).filter(Boolean);
  const fits = (w: string): boolean => /^\p{Lu}/u.test(w) || cc.roleLeftWords.has(w) || /['’]s$/u.test(w);
  if (lead.every(fits) && innerWordsAllowed(body, cc)) return true;
  const endsInHead = head.index + head.text.length === body.length;
  return owned && endsInHead && lead.length <= 3 && lead.filter((w) => !fits(w)).length <= 2 &&
    !lead.some((w) => cc.articleAtStart.test(`${w} x`));
}

/** The last head in a role: the word that makes it plural or not ("Student senators"). */
function lastHead(role: string, cc: CompiledCues): { text: string; index: number } | null {
  let last: RegExpExecArray | null = null;
  // matchAll starts from the expression's lastIndex: keep it at 0 (the exec-based readers reset it after use).
  cc.roleHead.lastIndex = 0;
  for (const m of role.matchAll(cc.roleHead)) last = m;
  return last ? { text: last[0], index: last.index } : null;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/**
 * The word before `end` when spaces separate them, read backwards from `end` (an expression anchored at the end
 * re-read the text from every word start).
 */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  let stop = end;
  while (stop > 0 && isSpace(text[stop - 1])) stop--;
  if (stop === end || stop === 0) return null;
  let start = stop;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  return { word: text.slice(start, stop), start };
}

/**
 * "City Manager", "Vice Mayor", "Australian Assistant Minister": capitalised words before the head, read
 * backwards word by word (a pattern anchored at the head and run over the window read all of it for each word).
 * -1 when the role grows too long to keep.
 */
function extendLeft(window: string, idx: number, cc: CompiledCues, tooLong: (at: number) => boolean): number {
  let at = idx;
  // Where the title stood before it crossed an "and": "Deputy A of Dong Thap Province and Deputy B" crosses into
  // where the person before came from, and goes back.
  let beforeAnd = -1;
  for (;;) {
    const prev = wordBefore(window, at);
    if (!prev) return at;
    const { word, start } = prev;
    const lower = !/^\p{Lu}/u.test(word);
    if (beforeAnd >= 0 && lower && (cc.data.originWords.includes(word) || cc.orgJoiners.has(word))) return beforeAnd;
    // "Council of Governors chair": an organisation's name may hold "of" between capitalised words; a portfolio
    // "and" or "&" ("Oceans and Fisheries Minister").
    const and = word === '&' || cc.data.connectors.includes(word);
    if (lower && and && beforeAnd < 0) beforeAnd = at;
    if (lower && (cc.orgJoiners.has(word) || and)) {
      const before = wordBefore(window, start);
      if (!before || !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(before.word) || cc.openers.has(before.word)) return at;
      at = before.start;
      if (tooLong(at)) return -1;
      continue;
    }
    if ((lower && !cc.roleLeftWords.has(word)) || cc.openers.has(word) || /[,;:]$/.test(word)) return at;
    at = start;
    if (tooLong(at)) return -1;
  }
}

/** "a non-executive director", "the nominee": a role after a name is given without its article. */
function stripArticle(role: string, cc: CompiledCues): string {
  const m = cc.articleAtStart.exec(role);
  return m ? role.slice(m[0].length) : role;
}

/** Drops trailing punctuation, but not the stop of an abbreviation ("Sen.", "Gov."). */
function trimRole(text: string, cc: CompiledCues): string {
  let t = text.trim().replace(TRAILING_PUNCT, '');
  const last = LAST_WORD_STOP.exec(t);
  if (last && !cc.abbreviations.has(last[1]!.toLowerCase())) t = t.slice(0, -1);
  return t.trim();
}

function innerWordsAllowed(role: string, cc: CompiledCues): boolean {
  const allowed = cc.data.roleInnerWords;
  if (!allowed.length) return true;
  // A possessive names whose role it is ("the facility's former director of nursing"). After a preposition, up to
  // three lowercase words name the role's field ("Director of services", "Counsel to the inquiry").
  let field = -1;
  const words = role.split(/\s+/);
  // "leaders of the districts of Ba Tri": a role ending in a preposition takes the name for its object, a place.
  if (allowed.includes(words[words.length - 1]!)) return false;
  return words.every((w) => {
    if (/^\p{Lu}|^\P{L}/u.test(w) || cc.roleLeftWords.has(w) || cc.roleHeadToken.test(w) || /\p{L}['’]s$/u.test(w)) return true;
    if (allowed.includes(w)) {
      if (field < 0 && w !== 'and' && w !== '&' && w !== 'the') field = 0;
      return true;
    }
    // Not a span of time or a count ("his deputy of six years").
    return field >= 0 && ++field <= 3 && !cc.quantityAtStart.exec(`${w} `)![0];
  });
}

/**
 * Roles in apposition after the name ("X, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy chủ trì …",
 * "X - giám đốc …", "X, president of …"), one per comma-separated segment, up to a verb or the next person.
 */
export function rolesAfter(
  s: string, spans: NameSpan[], i: number, minLead: () => number[], cc: CompiledCues,
): { roles: string[]; end: number } {
  const span = spans[i]!;
  const roles: string[] = [];
  let end = span.end;
  // "Mr Raj Das (party leader)": a role in brackets right after the name; a party and seat ("(D-Md.)") is none.
  const bracket = BRACKET_ROLE.exec(s.slice(span.end, span.end + 64));
  if (bracket && isRole(bracket[1]!.trim(), cc) && !cc.roleStop.test(bracket[0]!.trim().toLowerCase())) {
    roles.push(bracket[1]!.trim());
    end = span.end + bracket[0].length;
  }
  // A comma or a dash opens the roles; a short parenthesis may come first ("Rep. Jamie Raskin (D-Md.), the …").
  const opener = ROLES_OPENER.exec(s.slice(span.end, span.end + REACH));
  if (!opener) return { roles, end };
  let pos = span.end + opener[0].length;
  const nextPerson = strongLeadFinder(spans, i, minLead);
  for (;;) {
    // A segment runs to the next comma or other stop; one with none within REACH is no role.
    let segEnd = searchNear(s, pos, SEGMENT_END);
    // A portfolio in brackets inside the title runs on ("Minister of State (Independent Charge) for …").
    if (segEnd >= 0 && s[segEnd] === '(') {
      PORTFOLIO_AT.lastIndex = segEnd;
      const b = PORTFOLIO_AT.exec(s);
      if (b) {
        const next = searchNear(s, segEnd + b[0].length, SEGMENT_END);
        segEnd = next < 0 ? -1 : next;
      }
    }
    const reach = segEnd < 0 ? Math.min(s.length, pos + REACH) : segEnd;
    let seg = s.slice(pos, reach);
    let cut = false;
    const stop = cc.roleStop.indexIn(seg);
    if (stop >= 0) {
      seg = seg.slice(0, stop);
      cut = true;
    }
    // "Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh: B, C": a plural title after "và" opens the next list; so
    // does a group in lowercase ("Phó Chủ tịch UBND tỉnh và lãnh đạo các sở").
    for (const j of seg.matchAll(cc.connectorAny)) {
      const next = seg.slice(j.index + j[0].length);
      if (cc.pluralTitleAtStart.test(next) || (/^\p{Ll}/u.test(next) && opensGroup(next, cc))) {
        seg = seg.slice(0, j.index);
        cut = true;
        break;
      }
    }
    const next = nextPerson(pos, pos + seg.length + 1);
    if (next) {
      // The next person starts inside this segment: keep what comes before "và"/"and", if anything.
      const head = s.slice(pos, next.lead);
      const joins = [...head.matchAll(cc.connectorAny)].pop();
      if (!joins) break;
      seg = head.slice(0, joins.index);
      cut = true;
    }
    if (!cut && segEnd < 0 && reach < s.length) break;
    // "treasurer Neil Oduya, volunteer coordinator Bea Laszlo": a segment ending in a name is the next person
    // with their own title, strong or not.
    // So is one holding a name right after a title ("… chairman, Bukit Seroja assemblyman Kumaresan Pillai and …").
    const following = spans[i + 1];
    if (following && following.lead > pos && following.start < pos + seg.length) {
      const endsSegment = /^[\s,;.]*$/u.test(s.slice(following.end, pos + seg.length));
      // So is one whose words up to the name are a title of their own ("…, Secretary to the Government of the
      // Federation B and …").
      const title = s.slice(pos, following.lead).trim();
      if (endsSegment || cc.roleHeadBefore.test(s.slice(Math.max(pos, following.lead - 64), following.lead)) ||
        (cc.roleHeadAtStart.test(title) && innerWordsAllowed(title, cc)) || titledItem(title, s, following, pos + seg.length, cc)) break;
    }
    const role = stripArticle(trimRole(seg, cc), cc);
    // ", and his partner …, Firefighter B": a segment opened by "and"/"và" is the list's next item, not a role.
    if (!role || cc.connectorAtStart.test(role)) break;
    // "A, Secretary to the Government of the Federation, B, …", "A, the department's secretary, B": a capitalised
    // title or one with its article right before the next name, only a comma between, is that name's
    // (roleApposedBefore reads it), not A's.
    let nextIndex = i + 1;
    while (nextIndex < spans.length && spans[nextIndex]!.lead < pos + seg.length) nextIndex++;
    const nextName = cc.appositionOpener ? spans[nextIndex] : undefined;
    // Unless the next name has a role after it too: a roster of pairs ("Mr. A, Director of Services, Ms. B, Clerk").
    if (nextName && !cut && (/^\p{Lu}/u.test(role) || cc.articleAtStart.test(seg.trimStart())) && s[pos + seg.length] === ',' &&
      /^,\s*$/u.test(s.slice(pos + seg.length, nextName.lead)) && !endsInRole(s, spans, nextIndex, cc)) break;
    if (!isRole(role, cc)) {
      // "Trưởng Ban Chỉ huy Phòng, chống thiên tai …": the comma belonged to the organisation's name.
      const last = roles.length - 1;
      // "Giám đốc Sở Văn hóa, Thể thao và Du lịch": the rest of an organisation's name, lowercase or not; not
      // an organisation of its own ("…, Bộ Công an" is the next role).
      // Nor a group in lowercase ("…, lãnh đạo các Ban HĐND tỉnh" are other people).
      if (last < 0 || !cc.data.roleCommaContinues || opensGroup(role, cc)) break;
      // "…, người đã gắn bó …": one word cut off by a verb opens a clause about the person, not more of the name.
      if (cut && !/\s/u.test(role)) break;
      roles[last] = `${roles[last]}, ${role}`;
    } else {
      roles.push(role);
    }
    end = pos + seg.indexOf(role) + role.length;
    const after = segEnd < 0 ? s.length : segEnd;
    if (cut || !(s[after] === ',' || (s[after] === ';' && titleGoesOn(s, after + 1, cc)))) break;
    pos = after + 1;
    while (s[pos] === ' ') pos++;
  }
  return { roles, end };
}

/**
 * "…, DBS Group head of digital assets Arvind Ramaswamy and Ledgerline co-founder Sofia Osei": words holding a title
 * before a name, with the list going on after it ("and" another item), are that name's title: the next item.
 */
function titledItem(title: string, s: string, following: NameSpan, segEnd: number, cc: CompiledCues): boolean {
  if (title.length > 80 || !cc.connectorAtStart.test(s.slice(following.end, segEnd).trimStart())) return false;
  cc.roleHead.lastIndex = 0;
  const found = cc.roleHead.test(title);
  cc.roleHead.lastIndex = 0;
  return found;
}

/** After a semicolon, another title of the same person (`roleSemicolonContinues`); the segment loop drops it again
 * when a name stands in it ("…; Giám đốc Sở Tài chính Lê Thị Hoa" is the next person). */
function titleGoesOn(s: string, at: number, cc: CompiledCues): boolean {
  if (!cc.data.roleSemicolonContinues) return false;
  const next = s.slice(at, at + 160).trimStart();
  // Printed capitalised, and neither a group ("; đại diện lãnh đạo các sở") nor an academic title opening the next
  // person ("; BS.CKII X").
  return /^\p{Lu}/u.test(next) && cc.roleHeadAtStart.test(next) && !opensGroup(next, cc) &&
    honorificWordsAt(next.split(/\s+/u, 3), 0, cc) === 0;
}

/** minLead[j]: the smallest lead among the strong spans[j..] (Infinity if none); computed once per sentence. */
export function suffixMinStrongLead(spans: NameSpan[]): number[] {
  const minLead = new Array<number>(spans.length + 1).fill(Infinity);
  for (let j = spans.length - 1; j >= 0; j--) {
    minLead[j] = spans[j]!.strong ? Math.min(spans[j]!.lead, minLead[j + 1]!) : minLead[j + 1]!;
  }
  return minLead;
}

/**
 * The first strong name after spans[i] (in their order) whose lead lies in [from, to), for increasing `from`.
 * The scan stops where no later strong name leads before `to` (the suffix minimum), and names that can never
 * qualify again (weak, or leading before `from`) are passed over once, so a sentence of thousands of names is not
 * read again for every segment of every name.
 */
function strongLeadFinder(spans: NameSpan[], i: number, minLead: () => number[]): (from: number, to: number) => NameSpan | null {
  let first = i + 1;
  return (from, to) => {
    const min = minLead();
    for (let j = first; j < spans.length && min[j]! < to; j++) {
      const n = spans[j]!;
      if (n.strong && n.lead >= from) {
        if (n.lead < to) return n;
      } else if (j === first) {
        first++;
      }
    }
    return null;
  };
}

/** The segment opens with a role head, or (English) has one among its first few words. */
const ROLE_AFTER = /^,\s*([^,;:()“”"]{1,60}?)\s*(?=[,;]|\.?$)/u;

/**
 * "A, Title, B, Title, C, and …" gives each title to the next name; "Mr. A, Director of Services, Ms. B, Clerk." is a
 * roster of pairs. Told apart by how the chain from name j ends: in a role (pairs) or in a name. Bounded: each step
 * moves to a later name.
 */
function endsInRole(s: string, spans: NameSpan[], j: number, cc: CompiledCues): boolean {
  let memo = chainEnds.get(spans);
  if (!memo) chainEnds.set(spans, (memo = new Map()));
  const seen: number[] = [];
  let answer = false;
  for (let k = j; k >= 0 && k < spans.length; k++) {
    const known = memo.get(k);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.push(k);
    const m = ROLE_AFTER.exec(s.slice(spans[k]!.end, spans[k]!.end + 80));
    if (!m || !/^\p{Lu}/u.test(m[1]!) || !isRole(m[1]!, cc)) break;
    const after = spans[k]!.end + m[0].length;
    const next = spans[k + 1];
    if (!next || !/^,\s*$/u.test(s.slice(after, next.lead))) {
      answer = true;
      break;
    }
  }
  // Every name on the chain ends the same way: a list of thousands is walked once.
  for (const k of seen) memo.set(k, answer);
  return answer;
}

const chainEnds = new WeakMap<NameSpan[], Map<number, boolean>>();

function isRole(text: string, cc: CompiledCues): boolean {
  if (cc.roleHeadAtStart.test(text)) return true;
  if (cc.data.roleHeadWindow <= 1) return false;
  if (cc.relativeAtStart?.test(text) || /^\P{L}/u.test(text)) return false;
  const words = text.split(/\s+/);
  const limit = words.slice(0, cc.data.roleHeadWindow).join(' ').length;
  cc.roleHead.lastIndex = 0;
  const m = cc.roleHead.exec(text);
  cc.roleHead.lastIndex = 0;
  // "and representatives of …" after a person is a group, not their role.
  return m !== null && m.index < limit && !singularOf(m[0], cc);
}
