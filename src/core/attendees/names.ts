import type { CompiledCues } from './compile';
import { listGap, singularOf } from './plural-heads';

/** A person's name found in a sentence, before roles are read around it. */
export interface NameSpan {
  /** Where the name itself starts and ends. */
  start: number;
  end: number;
  /** Where an honorific written before the name starts (= start without one). */
  lead: number;
  name: string;
  tokens: string[];
  /** One word (a surname or a given name) that refers back to a full name. */
  short: boolean;
  honorific: boolean;
  /** Honorific, title inside the run, or a known surname: surely a person, not a place or a slogan. */
  strong: boolean;
  /** A role standing for a person named elsewhere ("đồng chí Phó Bí thư Thường trực Tỉnh ủy"). */
  roleRef?: boolean;
  /** A title word opens the capitalised run ("Councillor Gruen", "Cr Okafor"): a person even as one word. */
  titled?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?/gu;

function tokenize(s: string, cc: CompiledCues): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    let text = m[0];
    if (text.endsWith('.')) {
      const core = text.slice(0, -1);
      const keep = cc.abbreviations.has(core.toLowerCase()) || /^\p{L}$/u.test(core) || core.includes('.');
      if (!keep) text = core;
    }
    // "NgàiMit-suo Sakaba": an honorific glued to the capital of the name is dropped from the token (it is still read
    // as the honorific before the name).
    const glued = GLUED_HONORIFIC.exec(text);
    const cut = glued && cc.honorificWords.has(glued[1]!.toLowerCase()) ? glued[1]!.length : 0;
    out.push({ text: text.slice(cut), start: m.index + cut, end: m.index + text.length });
  }
  return out;
}

const GLUED_HONORIFIC = /^(\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/u;

/** "ngài Oh-Sae-Hyun": one word of three or more capitalised parts is a whole name, not a one-word reference. */
const HYPHENATED_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}[\p{Ll}\p{M}]*){2,}$/u;

const INITIALS = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}\.\p{Lu}$/u;

/** Capitalised, and not an acronym (UBND, CEO, H.E.), which never belongs to a name. */
function isCapital(t: string): boolean {
  if (!/^\p{Lu}/u.test(t)) return false;
  // Initials ("P.K.", "M.P.") open a name; an acronym (UBND, CEO) has no stop between its letters.
  if (INITIALS.test(t)) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return !(letters.length >= 2 && letters === letters.toUpperCase());
}

const POSSESSIVE = /\p{L}['’]s$/u;
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX)$/u;
const BARE_INITIALS = /^\p{Lu}{2}$/u;

const NICK_OPEN = /^ [“"‘]$/u;
const NICK_CLOSE = /^[”"’] $/u;

/** Runs of capitalised words separated by single spaces, with name particles (van, de) inside. */
function capitalRuns(s: string, tokens: Token[], cc: CompiledCues): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const adjacent = (a: Token, b: Token): boolean => b.start === a.end + 1 && s[a.end] === ' ';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const joins = prev !== undefined && adjacent(prev, t);
    const next = tokens[i + 1];
    // "Ramon “Monching” Villaroel", 'Jose "Joey" Santos': a nickname in quotes between given and family name.
    if (prev !== undefined && next !== undefined && NICK_OPEN.test(s.slice(prev.end, t.start)) &&
      NICK_CLOSE.test(s.slice(t.end, next.start)) && isCapital(t.text) && isCapital(next.text)) {
      run.push(t, next);
      i++;
      continue;
    }
    // "Nana Amoako Boafo III", "Oba Adetunji Aromolaran II": a regnal number closes a name of two words or more.
    if (joins && (isCapital(t.text) || (run.length >= 2 && REGNAL.test(t.text)))) {
      run.push(t);
      continue;
    }
    // "van der Merwe", "de la Cruz": one particle or two, then the capitalised rest of the name.
    const after = tokens[i + 2];
    if (joins && cc.particles.has(t.text) && next && adjacent(t, next) &&
      (isCapital(next.text) || (cc.particles.has(next.text) && after && adjacent(next, after) && isCapital(after.text)))) {
      run.push(t);
      continue;
    }
    if (run.length) runs.push(run);
    // "Prime Minister KP Sharma Oli", "Chief Secretary PK Jena": two capitals without stops right after a title and
    // before a capitalised word are initials, not an acronym.
    const initials = BARE_INITIALS.test(t.text) && next !== undefined && adjacent(t, next) && isCapital(next.text) &&
      !BARE_INITIALS.test(next.text) && prev !== undefined && adjacent(prev, t) &&
      (cc.roleHeadToken.test(prev.text) || cc.honorificWords.has(bare(prev.text)));
    run = isCapital(t.text) || initials ? [t] : [];
  }
  if (run.length) runs.push(run);
  return runs;
}

const bare = (t: string): string => t.replace(/\.$/, '').toLowerCase();

/**
 * How many words from i form one honorific ("Datuk", "Datuk Seri", "His Excellency the"); 0 when none does. Words
 * as written: case and a final dot do not matter.
 */
export function honorificWordsAt(words: readonly string[], i: number, cc: CompiledCues): number {
  for (let n = 3; n >= 2; n--) {
    if (i + n > words.length) continue;
    if (cc.honorificPhrases.has(words.slice(i, i + n).map(bare).join(' '))) return n;
  }
  return i < words.length && cc.honorificWords.has(bare(words[i]!)) ? 1 : 0;
}

const honorificAt = (tokens: Token[], i: number, cc: CompiledCues): number =>
  honorificWordsAt(tokens.slice(i, i + 3).map((t) => t.text), 0, cc);

/** The few characters before `end`: patterns anchored at the end of a prefix need no more, and a whole
 * prefix would make every test scan the sentence from its start. */
export const tail = (s: string, end: number, n = 48): string => s.slice(Math.max(0, end - n), end);

/** Finds the people's names in one sentence (full names and one-word references), in order. */
export function findNames(s: string, cc: CompiledCues): NameSpan[] {
  const out: NameSpan[] = [];
  for (const run of capitalRuns(s, tokenize(s, cc), cc)) {
    const span = nameInRun(s, run, cc);
    if (!span || (!span.strong && (modifiesRole(s, span.end, cc) || (span.short && fillsBracket(s, span)) ||
      // "Anglican Bishop of Port Ellis", "mayor of Dunmore": the place or body a title belongs to, no person.
      (span.lead === run[0]!.start && innerRoleBefore(s, span.lead, cc)) ||
      // "Minister of State (Independent Charge)": a portfolio in brackets inside a title.
      (s[span.lead - 1] === '(' && s[span.end] === ')' && roleInClause(s, span.lead - 1, cc))))) continue;
    out.push(span);
  }
  return continuePluralTitles(s, out, cc);
}

/**
 * Minutes' rosters name members by surname: "Councilmembers Ortiz, Lamb and Reyes" — a plural title makes every
 * one-word item of its list a person, as the title does for the first ("Councilmember Ortiz").
 */
function continuePluralTitles(s: string, spans: NameSpan[], cc: CompiledCues): NameSpan[] {
  let inList = false;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.titled) {
      const before = s.slice(Math.max(0, span.lead - 32), span.lead);
      const word = before.trimEnd().split(/\s/u).pop() ?? '';
      inList = span.short && before !== before.trimEnd() && word !== '' && singularOf(word, cc) !== null;
    } else if (inList && span.short && !span.honorific && listGap(s.slice(spans[i - 1]!.end, span.lead), cc)) {
      span.titled = true;
    } else {
      inList = false;
    }
  }
  return spans;
}


/** A title's head right after a run, then a capitalised word ("Leeds Central| MP Priya …"). */
function titleNext(text: string, cc: CompiledCues): boolean {
  const m = cc.titleHeadNext.exec(text);
  return m !== null && /^\p{Lu}/u.test(text.slice(m[0].length));
}

/**
 * A capitalised run right before a lowercase role head is that role's modifier, not a person ("The Liberal Democrat
 * leader, Edward Tallis", "Vermont Apartment Owners Association lobbyist Kristin Haley"); a person's name is
 * followed by a comma or a verb, and a post-nominal title after it is capitalised ("Jane Hale MP").
 */
function modifiesRole(s: string, end: number, cc: CompiledCues): boolean {
  if (s[end] !== ' ' || !/\p{Ll}/u.test(s[end + 1] ?? '')) return false;
  // "North East regional organiser", "Glenvale brigade captain": lowercase modifiers may come before the head.
  let at = end + 1;
  for (let k = 0; k < 3; k++) {
    const word = /^(\p{Ll}[\p{L}\p{M}'’-]*) /u.exec(s.slice(at, at + 32));
    if (!word || !cc.roleLeftWords.has(word[1]!)) break;
    at += word[0].length;
  }
  return cc.roleHeadAtStart.test(s.slice(at, at + 48));
}

/** A bracket holding only this word ("(R-Iowa)", "(D-Wash.)"): a party, a seat or a place, never a person. */
function fillsBracket(s: string, span: NameSpan): boolean {
  return /\(\s*$/u.test(s.slice(Math.max(0, span.lead - 2), span.lead)) && /^\.?\s*\)/u.test(s.slice(span.end, span.end + 3));
}

function nameInRun(s: string, run: Token[], cc: CompiledCues): NameSpan | null {
  let tokens = run;
  let lead = tokens[0]!.start;
  let honorific = false;
  const prefix = tail(s, lead);
  const before = cc.honorificBefore.exec(prefix);
  if (before) {
    honorific = true;
    lead = lead - prefix.length + before.index;
  }
  // Leading honorifics and openers are skipped by index: slicing the run once per word was quadratic in a run of
  // thousands of them ("Mr Mr Mr …").
  let skip = 0;
  for (let n = 0; skip < tokens.length && (n = honorificAt(tokens, skip, cc)) > 0; skip += n) honorific = true;
  if (skip > 0 && !before) {
    // "Dr the Hon. Everton Grant": the honorific opening the run may end a longer one that starts before it.
    const upTo = tail(s, tokens[skip - 1]!.end, 48);
    const whole = cc.honorificBefore.exec(upTo);
    if (whole) lead = Math.min(lead, tokens[skip - 1]!.end - upTo.length + whole.index);
  }
  while (skip < tokens.length && cc.openers.has(tokens[skip]!.text)) skip++;
  // Nor at its end: "Councillor Sam Martin Seconded by: …", "Councilwoman Dana Ortiz Tuesday said".
  let stop = tokens.length;
  // (Not where names are family-first: a Vietnamese given name may be a word that opens sentences, "Sáng".)
  while (!cc.data.requireSurname && stop > skip + 1 && cc.openers.has(tokens[stop - 1]!.text)) stop--;
  tokens = tokens.slice(skip, stop);
  let title = false;
  let givenTitleWord: Token | null = null;
  if (cc.data.roleExtendsLeft) {
    // "Library Director Sunita Greaves": the name follows the last title word of the run.
    for (let t = tokens.length - 2; t >= 0; t--) {
      const pair = t > 0 ? `${tokens[t - 1]!.text} ${tokens[t]!.text}` : '';
      const triple = t > 1 ? `${tokens[t - 2]!.text} ${pair}` : '';
      if (cc.roleHeadToken.test(tokens[t]!.text) || (pair && cc.roleHeadToken.test(pair)) ||
        (triple && cc.roleHeadToken.test(triple))) {
        // "Cr Dean Kowalski", "Rep. Major Owens": a title, then a title word that is a given name before the last
        // word ("Deputy Mayor Smith" and "Chief Justice Lowe" are one title).
        const givenName = t === tokens.length - 2 && t > 0 && cc.roleHeadToken.test(tokens[t - 1]!.text) &&
          !cc.roleHeadToken.test(pair) && !(triple && cc.roleHeadToken.test(triple));
        if (givenName) givenTitleWord = tokens[t]!;
        tokens = tokens.slice(givenName ? t : t + 1);
        title = true;
        break;
      }
    }
    // "Minister of Agriculture and Food Security Datuk Azman bin Hashim": an honorific inside the run ends the
    // title before it.
    for (let t = tokens.length - 2; t > 0; t--) {
      if (cc.honorificWords.has(bare(tokens[t]!.text))) {
        tokens = tokens.slice(t);
        title = true;
        break;
      }
    }
    if (!title && tokens.length > 2 && innerRoleBefore(s, tokens[0]!.start, cc)) {
      // "Minister of Agriculture and Cooperatives Narong Srisuk": the run finishes a title; the name is its end.
      // No vouching: an organisation finishing the title ("… of the Ben Tre People's Committee") stays out.
      tokens = nameAtEnd(tokens, cc);
    }
    let after = 0;
    for (let n = 0; after < tokens.length && (n = honorificAt(tokens, after, cc)) > 0; after += n) {
      if (!honorific) lead = tokens[after]!.start;
      honorific = true;
    }
    tokens = tokens.slice(after);
    // "Group Manager Infrastructure Sina Faleolo": a field word right after the title is the title's, not the name's.
    if (title && !honorific) while (tokens.length > 2 && cc.notName.has(tokens[0]!.text)) tokens = tokens.slice(1);
  }
  if (!tokens.length) return null;
  // "Leeds Central MP Priya Aldridge": capitalised words before a title's head belong to the title.
  if (cc.data.roleExtendsLeft && !honorific && titleNext(s.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + 48), cc)) {
    return null;
  }
  // "đồng chí Chủ tịch UBND huyện": after an honorific, a role and no name (role-refs.ts reads those).
  if (honorific && !title && cc.roleHeadAtStart.test(s.slice(tokens[0]!.start))) return null;
  // "Thiếu tá Alăng Văn Dũng": a family name not on the list, shown by a middle name, right after a title.
  const titledByShape = tokens.length >= 3 && tokens.length <= 4 && cc.middleNames.has(tokens[1]!.text) &&
    cc.roleHeadBefore.test(tail(s, tokens[0]!.start, 64));
  let vouched = honorific || appositiveFollows(s, tokens, cc) || titledByShape;
  if (cc.data.requireSurname) {
    // "Đại sứ … tại Việt Nam Ito Naoki": after a title ending in a country, a foreign name in Latin letters; and
    // without the country when what follows vouches for it ("Tiếp Đại sứ Indonesia Ibnu Hadi, …").
    let rest = afterPlace(s, tokens, cc);
    // "Thống đốc tỉnh Yamaguchi Muraoka Tsugumasa": after a place word, a foreign place of one word, then the name.
    if (rest === tokens && tokens.length === 3 && tokens.every((t) => LATIN_NAME.test(t.text)) &&
      cc.titlePlaceBefore.test(tail(s, tokens[0]!.start, 16))) rest = tokens.slice(1);
    if (rest !== tokens && rest.length >= 2 && rest.length <= 3 && rest.every((t) => LATIN_NAME.test(t.text)) &&
      (vouched || roleInClause(s, tokens[0]!.start, cc))) {
      tokens = rest;
      vouched = true;
    }
  }
  // "Labour's Anna Price", "Sinn Féin's Mary Lou Kinsella": a possessive before the name says whose member she is.
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (POSSESSIVE.test(tokens[i]!.text)) {
      tokens = tokens.slice(i + 1);
      break;
    }
  }
  // The regnal number is read apart and put back after the name is picked ("Nana Amoako Boafo| III").
  const regnal = tokens.length >= 3 && REGNAL.test(tokens[tokens.length - 1]!.text) ? tokens[tokens.length - 1]! : null;
  if (regnal) tokens = tokens.slice(0, -1);
  const pickedName = cc.data.requireSurname
    ? withFamilyHonorific(run, pickFamilyFirst(s, tokens, vouched, cc), before !== null, cc)
    : pickGivenFirst(tokens, cc, title || honorific || cc.roleHeadBefore.test(tail(s, tokens[0]!.start, 64)));
  const picked = pickedName && regnal ? [...pickedName, regnal] : pickedName;
  if (!picked) return null;
  const words = picked.filter((t) => !cc.particles.has(t.text));
  if (picked.some((t) => (t !== givenTitleWord && cc.roleHeadToken.test(t.text)) || headCrossesEnd(s, t, cc))) return null;
  // Organisation words ("Council", "Library") rule a run out unless an honorific or title vouches for it
  // ("Dr. Helen Park").
  // So does a title before a name shaped as one ("đại biểu Vòng A Sáng": "Sáng" is also "morning").
  // So does a lowercase title right before it ("business owner Joe Park").
  if (!honorific && !title && !titledByShape && picked.some((t) => cc.notName.has(t.text)) &&
    !(picked.length >= 2 && cc.roleHeadBefore.test(tail(s, picked[0]!.start, 64)) && !cc.notName.has(picked[0]!.text))) return null;
  const name = s.slice(picked[0]!.start, picked[picked.length - 1]!.end);
  if (cc.placeNames.has(name)) return null;
  const short = words.length === 1 && !(cc.data.requireSurname && HYPHENATED_NAME.test(words[0]!.text));
  if (short && cc.data.requireSurname && !honorific && !cc.roleHeadBefore.test(tail(s, picked[0]!.start, 64))) {
    return null;
  }
  const start = picked[0]!.start;
  return {
    start,
    end: picked[picked.length - 1]!.end,
    lead: honorific && picked[0]!.start <= tokens[0]!.start ? Math.min(lead, start) : start,
    name,
    tokens: picked.map((t) => t.text),
    short,
    honorific,
    strong: honorific || title || cc.surnames.has(picked[0]!.text),
    titled: title,
  };
}

/**
 * "ông Ông Văn Tài", "tân bác sĩ Ông Thị Ngọc Hân": a word of the run skipped as an honorific right before the picked
 * name that is also a family name opens the name, when an honorific already stands before the run or a middle name
 * follows it, and no other family name does ("Ông Nguyễn Văn A", "Ông Tài cho biết" keep it as the honorific).
 */
function withFamilyHonorific(run: Token[], picked: Token[] | null, honorificBefore: boolean, cc: CompiledCues): Token[] | null {
  if (!picked) return picked;
  const k = run.indexOf(picked[0]!);
  const word = run[k - 1];
  if (k < 1 || !word || !cc.surnames.has(word.text) || !cc.honorificWords.has(bare(word.text))) return picked;
  const next = picked[0]!.text;
  return !cc.surnames.has(next) && (honorificBefore || cc.middleNames.has(next)) ? [word, ...picked] : picked;
}

/** "Đoàn Chủ tịch": a capitalised word that opens a role going on past it in lowercase is no part of a name. */
function headCrossesEnd(s: string, t: Token, cc: CompiledCues): boolean {
  const m = cc.roleHeadAtStart.exec(s.slice(t.start, t.start + 48));
  return !!m && m[0].length > t.end - t.start;
}

/** The text before `at` is the middle of a title: a lowercase inner word ("of", "and") after a role head. */
function innerRoleBefore(s: string, at: number, cc: CompiledCues): boolean {
  const before = tail(s, at, 96);
  const inner = cc.innerWordBefore.exec(before);
  if (!inner) return false;
  const clause = before.slice(0, inner.index).split(/[,;:()“”"]/u).pop()!;
  // The title goes on right after its head ("Minister of …"); capitalised words straight after the head are
  // a name ("Mayor Tom Haskell and …").
  let lastEnd = -1;
  for (const m of clause.matchAll(cc.roleHead)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  const rest = clause.slice(lastEnd) + inner[0];
  const opens = cc.innerWordAtStart.exec(rest);
  return !!opens;
}

/**
 * The name closing a run that finishes a title: after the title's last organisation word ("… Kenya Police Service
 * Samson Kiprotich Keter"), else from a known family name, else the last two words.
 */
function nameAtEnd(tokens: Token[], cc: CompiledCues): Token[] {
  for (let i = tokens.length - 3; i >= 0; i--) {
    if (cc.notName.has(tokens[i]!.text)) {
      if (tokens.length - i - 1 <= 4) return tokens.slice(i + 1);
      break;
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    if (cc.surnames.has(tokens[i]!.text) && tokens.length - i <= 4) return tokens.slice(i);
  }
  let from = tokens.length - 2;
  while (from > 0 && cc.particles.has(tokens[from - 1]!.text)) from--;
  return tokens.slice(from);
}

const LATIN_NAME = /^[A-Za-z][A-Za-z'’-]*$/u;

/** The run without the place name it opens with ("Việt Nam"), or the run itself. */
function afterPlace(s: string, tokens: Token[], cc: CompiledCues): Token[] {
  for (let k = Math.min(3, tokens.length - 1); k >= 1; k--) {
    if (cc.placeNames.has(s.slice(tokens[0]!.start, tokens[k - 1]!.end))) return tokens.slice(k);
  }
  return tokens;
}

/** A role head earlier in the same clause, within a short reach. */
function roleInClause(s: string, at: number, cc: CompiledCues): boolean {
  // Brackets inside a title hold its organisation's acronym ("Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam").
  const clause = tail(s, at, 120).split(/[,;:“”"]/u).pop()!;
  cc.roleHead.lastIndex = 0;
  const found = cc.roleHead.test(clause);
  cc.roleHead.lastIndex = 0;
  return found;
}

const APPOSITIVE_COMMA = /^\s*,\s*/u;

/** "Ksor H'Như, Phó Trưởng ban Dân tộc tỉnh": a role right after the run shows it is a person. */
function appositiveFollows(s: string, tokens: Token[], cc: CompiledCues): boolean {
  const end = tokens[tokens.length - 1]!.end;
  // Only the comma is matched here: capturing the rest of the sentence copied it once per name.
  const comma = APPOSITIVE_COMMA.exec(s.slice(end));
  return !!comma && cc.roleHeadAtStart.test(s.slice(end + comma[0].length));
}

/**
 * Vietnamese order: the name opens with a family name and has two to four syllables (five for a double family
 * name, "Trương Công Thị Mỹ Duyên", when nothing shorter fits).
 */
function pickFamilyFirst(s: string, tokens: Token[], vouched: boolean, cc: CompiledCues): Token[] | null {
  for (const max of [4, 5]) {
    for (let i = 0; i < tokens.length; i++) {
      const rest = tokens.length - i;
      if (rest < 2 || rest > max || (max === 5 && i > 0) || !cc.surnames.has(tokens[i]!.text)) continue;
      // "tỉnh Lâm Đồng" is a place; "Chủ tịch UBND tỉnh Nguyễn Văn An" is a title ending in "tỉnh", then a name of
      // three or more words.
      if (i === 0 && cc.placePrefixBefore.test(tail(s, tokens[0]!.start, 24)) &&
        !(rest >= 3 && cc.titlePlaceBefore.test(tail(s, tokens[0]!.start, 24)) && roleInClause(s, tokens[0]!.start, cc))) {
        return null;
      }
      if (cc.placeNames.has(s.slice(tokens[i]!.start, tokens[tokens.length - 1]!.end))) continue;
      // "Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh": a family name that also opens a body, before a place, is that
      // body ("Đoàn" is also a delegation).
      if (cc.groupHeadAtStart.test(tokens[i]!.text) && cc.placeNames.has(s.slice(tokens[i + 1]!.start, tokens[tokens.length - 1]!.end))) {
        return null;
      }
      return tokens.slice(i);
    }
  }
  // "đồng chí Phó Bí thư …": after an honorific, capitalised words that open a role are no name.
  if (vouched && tokens.length <= 4 && !cc.roleHeadAtStart.test(s.slice(tokens[0]!.start))) return tokens;
  if (tokens.length === 1) return tokens;
  return null;
}

/** Given name first: a run of two or three words is a name; a longer run ends with one. */
function pickGivenFirst(tokens: Token[], cc: CompiledCues, afterTitle: boolean): Token[] | null {
  const words = tokens.filter((t) => !cc.particles.has(t.text)).length;
  if (words <= 3) return tokens;
  // "Vũ Thị Minh Hằng" in English text: a family name opening four words opens the whole name.
  // So do four words right after a title or honorific ("Bukit Batok MP Jasmine Teo Hui Ling").
  if (words === 4 && (cc.surnames.has(tokens[0]!.text) ||
    (afterTitle && !cc.honorificBefore.test(`${tokens[0]!.text} ${tokens[1]!.text}`)))) return tokens;
  for (let i = 1; i < tokens.length; i++) {
    const rest = tokens.length - i;
    if (rest >= 2 && rest <= 4 && cc.surnames.has(tokens[i]!.text)) return tokens.slice(i);
  }
  let from = tokens.length - 2;
  while (from > 0 && cc.particles.has(tokens[from - 1]!.text)) from--;
  return tokens.slice(from);
}
