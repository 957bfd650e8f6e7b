import type { CuePart } from '../lang/attendee-cue-types';
import type { CompiledCues } from './compile';
import type { CueMatch } from './cue-matches';
import { groupEnd, groupText, opensGroup, quantityLength } from './groups';
import { indexMentions, type MentionIndex } from './mention-index';
import { pluralWordOpens, type Mention } from './mentions';
import { honorificWordsAt } from './names';
import { REACH, searchNear } from './reach';

export interface Assignment {
  mention: Mention;
  part: CuePart;
  /** The subject was reached past long asides or other people: it joins a report, never makes one. */
  far?: boolean;
  /** Spoken to at the event ("rebuked the chancellor, X"): counts only for someone given no other part. */
  addressed?: boolean;
  /** From an office held ("X, who chairs the committee"): counts only in a report whose event is shown otherwise. */
  standing?: boolean;
}

/** What the whole report says about its event, read by every sentence. */
export interface ReportContext {
  /** The report's own day, the first weekday it names (lowercase), if any. */
  day: string | null;
  /** The report is of a press conference: speech to the press is speech at the event. */
  press: boolean;
}

export interface SentenceParts {
  assignments: Assignment[];
  groups: string[];
  /** The sentence shows an event with participants (a chair, someone present, a speech at a meeting). */
  event: boolean;
  /** A person given a chair or attendance part (or an event's speech) without a far reach shows it. */
  personEvent: boolean;
}

// Not from a "(" that follows another unclosed one (the look-behind): each such start read to the end for a ")"
// (quadratic in a run of "("); the earlier "(" already covers it, so what is replaced is the same.
const PAREN = /(?<!\([^()]*)\([^)]*\)/gu;

/** Applies each cue of one sentence to the people (and groups) it points at. */
export function assignParts(
  s: string, mentions: Mention[], cues: CueMatch[], cc: CompiledCues, when: ReportContext = { day: null, press: false },
): SentenceParts {
  const elsewhere = (text: string): boolean => cc.negators.test(text) || (!when.press && cc.pressNegator.test(text));
  const out: SentenceParts = { assignments: [], groups: [], event: false, personEvent: false };
  const index = indexMentions(mentions);
  // Where the first word of speech from another time or place ends ("recalled", "nhắc lại"): found once per
  // sentence, instead of searching the sentence so far again for every person given a part.
  let reportedEnd: number | undefined;
  const reportedBy = (at: number): boolean => {
    if (reportedEnd === undefined) {
      const r = cc.reported.exec(s);
      reportedEnd = r ? r.index + r[0].length : Infinity;
    }
    return reportedEnd <= at;
  };
  // An opening speech clause ("Phát biểu tại hội nghị, X …", "Addressing journalists at the briefing, X said") is at
  // the event, unless a negator in it names another place or time ("Phát biểu tại một hội thảo ở Hà Nội, X …").
  const leadElsewhere = (cue: CueMatch): boolean => cc.negators.test(s.slice(cue.start, cue.end));
  const openingLead = cues.length > 0 && cues[0]!.cue.dir === 'lead' && cues[0]!.start < 4 && !leadElsewhere(cues[0]!);
  // For each cue, where the next list or lead cue starts (a list runs to it), from one pass backwards.
  const listEnds: number[] = [];
  for (let i = cues.length - 1, next = s.length; i >= 0; i--) {
    listEnds[i] = next;
    if (cues[i]!.cue.dir === 'list' || cues[i]!.cue.dir === 'lead') next = cues[i]!.start;
  }
  // `far`: a subject reached past long asides or other people: the part stands in a report others show.
  const give = (m: Mention, cue: CueMatch, far = false): void => {
    if (blocked(s, m, cue, cc, reportedBy, when.day, openingLead, elsewhere)) return;
    // An office held ("X, who chairs the committee, said"): a part only in a report whose event is shown otherwise.
    const standing = cue.cue.standing === true;
    for (const part of [cue.cue.part, ...(cue.cue.also ?? [])]) {
      out.assignments.push(far ? { mention: m, part, far } : standing ? { mention: m, part, standing } : { mention: m, part });
    }
    if (!far && !standing && (cue.cue.part === 'chair' || cue.cue.part === 'attendee' || cue.cue.event)) {
      out.event = true;
      out.personEvent = true;
    }
  };
  // The last subject a verb found, and where that verb ended: "X gaveled in the markup and told members …".
  let lastSubject: { end: number; people: Mention[] } | null = null;
  /** The subject before a cue ("X và Y chủ trì", "A, B and C attended"), or a group as the subject. */
  const subjectOf = (cue: CueMatch): boolean => {
    const near = index.lastEndingBy(cue.start);
    const { at, far } = subjectAt(s, mentions, near, cue.start, cc, cues);
    const subject = mentions[near];
    if (at >= 0) {
      // Not a list a list cue opened ("Cùng dự có A, role; B, role chủ trì": only B chairs).
      const listed = cues.some((c) => c.end <= mentions[at]!.start && (c.cue.dir === 'list' || c.cue.dir === 'lead'));
      // "A, B, C, and eleven ministers are attending": a connector after the last name closes the list too.
      const closed = cc.connectorAtStart.test(s.slice(mentions[at]!.end, cue.start).replace(/^[\s,]+/u, ''));
      // "Mayor A and Bishop B, who led the prayers": a relative clause right after the last name is that name's,
      // unless one title covers the list ("senators A and B, who warned …").
      const relative = cc.relativeAtStart?.exec(s.slice(mentions[at]!.end, cue.start).replace(/^\s*,\s*/u, ''));
      const ownClause = relative && s.slice(mentions[at]!.end, cue.start).trim() === `, ${relative[0]}` &&
        mentions[at]!.roles.length > 0 && mentions[at - 1]?.roles[0] !== mentions[at]!.roles[0];
      const people = ownClause ? [mentions[at]!] : chainBack(s, mentions, at, cc, !listed, closed);
      for (const m of people) give(m, cue, far);
      lastSubject = { end: cue.end, people };
      return true;
    }
    // A second verb of the same subject, joined by "and"/"và" with no one named in between.
    if (lastSubject && (!subject || subject.end <= lastSubject.end) && cue.start - lastSubject.end <= REACH) {
      const between = s.slice(lastSubject.end, cue.start);
      if (!/[;:“”"]/u.test(between) && cc.connectorBeforeEnd.test(between)) {
        for (const m of lastSubject.people) give(m, cue);
        lastSubject = { end: cue.end, people: lastSubject.people };
        return true;
      }
    }
    if (cue.cue.part === 'attendee' && !cue.cue.peopleOnly) {
      const group = groupSubject(s, cue.start, index, cc);
      if (group) {
        out.groups.push(group);
        out.event = true;
        return true;
      }
    }
    return false;
  };
  /** "was seconded by Hon. X", "read out by the Registrar, Dr. X": the agent after the verb takes its part. */
  const passiveAgent = (cue: CueMatch): boolean => {
    const by = cc.agentAtStart.exec(s.slice(cue.end, cue.end + 24));
    if (!by) return false;
    const from = cue.end + by[0].length;
    const m = mentions[index.firstStartingFrom(from)];
    if (!m || !AGENT_APPOSED.test(s.slice(from, m.start))) return false;
    give(m, cue);
    return true;
  };
  const personAfter = (cue: CueMatch): void => {
    const m = mentions[index.firstStartingFrom(cue.end)];
    // "I have asked the chief executive, Dr X, to report": the one asked is not the one speaking.
    if (m && /^[\s,:]*$/u.test(s.slice(cue.end, m.start)) && !cc.requestObjectEnd?.test(s.slice(m.end, m.end + 24))) give(m, cue);
  };
  /**
   * "presided, with X in attendance", "came before the committee with two of his executives, A and B": people
   * brought by a companion word after a chairing or attendance verb, before the next cue, were there too.
   */
  const companions = (cue: CueMatch, limit: number): void => {
    const stop = searchNear(s, cue.end, /[;:“”"]/u);
    const end = Math.min(limit, stop < 0 ? cue.end + REACH : stop);
    const word = cc.companion.exec(s.slice(cue.end, end));
    if (!word) return;
    let p = cue.end + word.index + word[0].length;
    const naming = COMPANIONS_NAMED.exec(s.slice(p, end));
    if (naming && cc.data.rolePluralSuffix && naming[1]!.split(/\s+/u).length <= 4 &&
      naming[1]!.endsWith(cc.data.rolePluralSuffix)) p += naming[0].length;
    let at = index.firstStartingFrom(p);
    let m = mentions[at];
    if (!m || m.start < p || m.end > end || !/^\s*$/u.test(s.slice(p, m.start))) return;
    const company: CueMatch = { ...cue, cue: { ...cue.cue, part: 'attendee', also: [] } };
    for (;;) {
      give(m, company, true);
      const next = mentions[at + 1];
      if (!next || next.end > end || !joinedBy(s.slice(m.end, next.start), cc)) break;
      m = next;
      at++;
    }
  };
  /**
   * "Xúc động chia sẻ kỷ niệm, bác sĩ X …", "Có mặt tại phiên tòa, bị cáo X …", "Presiding, Judge X …": a verb that
   * opens the sentence, in a clause naming no one, belongs to the person right after that clause's comma.
   */
  const fronted = (cue: CueMatch, limit: number): void => {
    if (!SENTENCE_OPENING.test(s.slice(0, cue.start))) return;
    const clause = s.slice(cue.end, Math.min(limit, cue.end + REACH));
    const stop = clause.search(/[,;:“”"]/u);
    if (stop < 0 || clause[stop] !== ',') return;
    const from = cue.end + stop + 1;
    // Nor a speech elsewhere ("Trả lời báo chí trưa cùng ngày, X …").
    if (index.anyWithin(cue.end, from) || elsewhere(s.slice(cue.start, from))) return;
    const m = mentions[index.firstStartingFrom(from)];
    // Maybe after the lowercase start of the person's title ("…, bureau chief executive Dr X said").
    const gap = m ? s.slice(from, m.start).trimStart() : '';
    if (m && (!gap || DESCRIPTION.test(gap))) give(m, cue);
  };
  /** "X rebuked the chancellor, Y", "pressed the witnesses, A and B": those spoken to were there. */
  const addressees = (cue: CueMatch, limit: number): void => {
    if (!cc.addressVerb.test(s.slice(cue.start, cue.end))) return;
    const at = index.firstStartingFrom(cue.end);
    const m = mentions[at];
    const gap = s.slice(cue.end, m?.start ?? cue.end);
    // "pressed the witnesses, A and B": a description of those spoken to may come first.
    if (!m || m.end > limit || !(/^[\s,]*$/u.test(gap) || cc.apposedItem.test(gap.trimStart()))) return;
    for (const x of chainForward(s, mentions, at, cc)) {
      if (x.end > limit || blocked(s, x, cue, cc, reportedBy, when.day, openingLead, elsewhere)) break;
      out.assignments.push({ mention: x, part: 'attendee', addressed: true });
    }
  };
  /** "…, as did X", "followed by X and then by Y": the listed people take the parts of the last person given any. */
  const echo = (cue: CueMatch, listEnd: number): void => {
    let last: Assignment | undefined;
    for (const a of out.assignments) if (a.mention.end <= cue.start && !a.addressed && (!last || a.mention.start >= last.mention.start)) last = a;
    if (!last) return;
    const source = last.mention;
    const parts = [...new Set(out.assignments.filter((a) => a.mention === source && !a.addressed).map((a) => a.part))];
    const far = last.far === true;
    walkList(s, cue, listEnd, mentions, index, cc, (m, c) => {
      for (const part of parts) give(m, { ...c, cue: { ...c.cue, part, also: [], event: false } }, far);
    }, out);
  };
  cues.forEach((cue, i) => {
    switch (cue.cue.dir) {
      case 'prev': {
        if (passiveAgent(cue)) break;
        const before = s.slice(Math.max(0, cue.start - 32), cue.start);
        if (cue.cue.part === 'speaker' && cc.passiveBefore.test(before)) {
          // "was asked to take a bow", "was questioned about …": the one spoken to in the passive was there; not
          // "whether the minister had been told" (the pluperfect is another time), nor "was praised".
          if (cc.addressVerb.test(s.slice(cue.start, cue.end)) && !cc.pluperfectBefore.test(before)) {
            const spoken: CueMatch = { ...cue, cue: { ...cue.cue, part: 'attendee', also: [], event: false } };
            subjectOf(spoken);
          }
          break;
        }
        if (subjectOf(cue)) {
          if (cue.cue.part === 'chair' || cue.cue.part === 'attendee') companions(cue, cues[i + 1]?.start ?? s.length);
          if (cue.cue.part === 'speaker') addressees(cue, cues[i + 1]?.start ?? s.length);
        } else if (cue.cue.orNext) {
          personAfter(cue);
        } else {
          fronted(cue, cues[i + 1]?.start ?? s.length);
        }
        break;
      }
      case 'next': {
        personAfter(cue);
        break;
      }
      case 'lead': {
        const at = index.firstStartingFrom(cue.end);
        const m = mentions[at];
        if (m && /^[\s,]*$/u.test(s.slice(cue.end, m.start)) && !leadElsewhere(cue)) {
          for (const x of chainForward(s, mentions, at, cc)) give(x, cue);
        }
        break;
      }
      case 'list': {
        if (cue.cue.echo) {
          echo(cue, listEnds[i]!);
          break;
        }
        if (cue.cue.subjectToo) subjectOf(cue);
        const before = out.assignments.length + out.groups.length;
        walkList(s, cue, listEnds[i]!, mentions, index, cc, give, out);
        // The subject of "met", "received" takes part when the verb names someone: a person, or a group ("met with
        // tribal leaders"), though a people-only cue does not list the group itself.
        if (cue.cue.subjectIfListed && (out.assignments.length + out.groups.length > before ||
          namesGroup(s.slice(cue.end, cue.end + REACH).replace(/^[\s,:]+/u, ''), cc))) subjectOf(cue);
        break;
      }
    }
  });
  return out;
}

/**
 * The length of the words that may stand before a listed person's title or honorific without being either: a tenure
 * word ("received outgoing Ambassador X"; `tenureWords`), an article before an honorific ("the Honourable X"), a
 * possessive determiner ("her Russian counterpart X"; `apposedDeterminers`). 0 when none.
 */
function wordsBeforePerson(text: string, cc: CompiledCues): number {
  const tenure = cc.tenureAtStart?.exec(text);
  if (tenure) return tenure[0].length;
  const first = /^\S+\s+/u.exec(text)?.[0];
  if (!first) return 0;
  // "gồm các đại biểu A, …": the plural word before the first item's title (the walk checks a person follows).
  const word = first.trim().toLowerCase();
  if (cc.data.apposedDeterminers.includes(word) || cc.data.pluralOpeners.includes(word)) return first.length;
  const article = cc.articleAtStart.exec(text);
  return article && honorificWordsAt(text.slice(article[0].length, article[0].length + 60).split(/\s+/u, 3), 0, cc) > 0
    ? article[0].length : 0;
}

/**
 * The words before a name join it to something else ("criticism from opposition leader X", "a letter to X"): then
 * the name is not the list's item, as it is after a description ("retired nurse X").
 */
function linksAnother(gap: string, cc: CompiledCues): boolean {
  const words = gap.toLowerCase().split(/\s+/u);
  // The prepositions a title holds ("of", "for", "to"), not its articles or "&".
  const ties = (w: string) => cc.data.roleInnerWords.includes(w) && !cc.data.roleArticles.includes(w) && /\p{L}/u.test(w);
  return words.some((w) => cc.data.originWords.includes(w) || cc.data.passiveAgents.includes(w) || cc.data.companions.includes(w) || ties(w));
}

/** A name in the possessive: "X's" / "X’s", or "X'" after a final s. */
const POSSESSIVE_END = /(?:['’]s|s['’])(?![\p{L}\p{N}])/u;

/** One to three lowercase words (or a hyphenated age) and nothing else before a name. */
const DESCRIPTION = /^(?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*\s+){1,3}$/u;

/** Only opening punctuation before a verb that opens the sentence. */
const SENTENCE_OPENING = /^[\s"“‘(«\-–—]*$/u;

/** Nothing, or a short apposition ("its Chairman, "), between a passive's agent word and the agent's name. */
const AGENT_APPOSED = /^(?:[^,;:“”"()]{1,40},\s*)?$/u;

/** "two of his executives, " before the companions themselves: a few lowercase words and a comma. */
const COMPANIONS_NAMED = /^([\p{Ll}\p{N}][^,;:\p{Lu}]{0,40}?)\s*,\s*/u;

/** How many people back a verb may look for its subject past asides that name others. */
const ASIDE_STEPS = 4;

/**
 * The subject of a verb ending its reach at `cueStart`: the furthest of the few people before it whose gap to the
 * verb is only asides and fillers ("X, 29, of Y, appeared", "X, representing A and B, said", "Hon. X (PDP, Ife
 * North) urged"). People named inside those asides are not the subject; a verb clause in between stops the look
 * back. -1 when none.
 */
function subjectAt(
  s: string, mentions: Mention[], near: number, cueStart: number, cc: CompiledCues, cues: CueMatch[],
): { at: number; far: boolean } {
  let found = { at: -1, far: false };
  for (let k = near; k >= 0 && k > near - ASIDE_STEPS; k--) {
    const m = mentions[k]!;
    // A subject stands within REACH of its verb; further back it is some other clause's.
    if (cueStart - m.end > REACH) break;
    if (m.end > cueStart) continue;
    // Not past another verb ("X … was sentenced by Judge Y, who said": Y said it).
    if (k < near && cues.some((c) => c.start >= m.end && c.end <= cueStart)) break;
    // Past a nearer person only through asides: "X and members A and B were in the room" keeps A and B.
    const gap = gapKind(s.slice(m.end, cueStart), cc, k === near);
    if (gap) found = { at: k, far: k !== near || gap === 'long' };
  }
  return found;
}

/** A description between commas: an age, where from, a role or a clause in lowercase ("của", "chair of …"). */
const ASIDE_BODY = /^\s*,\s*([^,;:“”"()]{1,100}?)\s*(?=,)/u;

/**
 * The gap without the asides it opens with ("of the Diocese of Rockford", ", 29, of Noble Park", ", cử tri ấp X"),
 * and whether one of them was a long description (three words or more).
 */
function stripAsides(gap: string, cc: CompiledCues): { rest: string; long: boolean } {
  let g = gap;
  let long = false;
  for (let step = 0; step < ASIDE_STEPS; step++) {
    const origin = cc.originAtStart.exec(g);
    if (origin) {
      g = g.slice(origin[0].length);
      continue;
    }
    // Where the person comes from (", of the Independent group,") is short however many words it takes.
    const from = cc.originAsideAtStart.exec(g);
    if (from) {
      g = g.slice(from[0].length - 1);
      continue;
    }
    const aside = ASIDE_BODY.exec(g);
    if (!aside) break;
    const body = aside[1]!;
    // "X, and Y said" is a list, not an aside (but "A và B, cùng trú tại xã Y, kiến nghị" is one); a relative
    // clause may hold commas and is read whole below.
    // Nor is ", and former Sheriff X," (a list item whose title opens in lowercase).
    const joiner = cc.connectorAtStart.exec(body);
    if ((joiner && (!/^\p{Ll}/u.test(body.slice(joiner[0].length)) ||
      (!cc.data.requireSurname && /\s\p{Lu}\p{Ll}+\s\p{Lu}/u.test(body)))) ||
      cc.relativeAtStart?.test(body)) break;
    // A short aside is an age or a party ("X, 45, said", "Rep. X, D-Calif., asked"); a longer one opens in lowercase.
    const short = /^\S+(?:\s\S+)?$/u.test(body);
    if (!short && !/^[\p{Ll}\p{N}]/u.test(body)) break;
    // ", along with other officials," brings company to the subject, not a description of it: no long aside.
    long ||= !short && cc.companion.exec(body)?.index !== 0;
    g = g.slice(aside[0].length);
  }
  return { rest: g, long };
}

/**
 * Only fillers ("cũng", "also"), commas, asides or a relative clause ("X, who …, said") between subject and verb:
 * 'long' when one aside was a description of three words or more, 'short' otherwise; null when something else is.
 */
function gapKind(gap: string, cc: CompiledCues, withGroup: boolean): 'short' | 'long' | null {
  const plain = gap.replace(cc.postnominalsAtStart, '').replace(PAREN, ' ');
  // "X cùng các đồng chí trong Đoàn Chủ tịch điều hành", "X and other members …": the subject with a group.
  if (withGroup && withAGroup(plain, cc)) return 'short';
  const { rest: g, long } = stripAsides(plain, cc);
  const kind = long ? 'long' : 'short';
  if (/^[\s,]*$/u.test(g.replace(cc.gapFiller, ' '))) return kind;
  if (withGroup && withAGroup(g, cc)) return kind;
  if (!cc.relativeAtStart) return null;
  // "Judge X, who said": the relative pronoun right before the verb.
  const pronoun = /^\s*,\s*(\S+)\s*$/u.exec(g.replace(cc.gapFiller, ' '));
  if (pronoun && cc.relativeAtStart.test(pronoun[1]!)) return kind;
  const clause = /^\s*,\s*(.*),\s*([^,]*)$/su.exec(g);
  const relative = !!clause && cc.relativeAtStart.test(clause[1]!) &&
    /^[\s,]*$/u.test(clause[2]!.replace(cc.gapFiller, ' ')) && !/[;]/.test(g);
  return relative ? kind : null;
}

/**
 * The gap is a connector and a group: "cùng các đồng chí trong Đoàn Chủ tịch", ", and eleven ministers" (a list's
 * last comma may stand before the connector). The group may hold commas before lowercase words of its own ("cùng
 * lãnh đạo các sở, ngành liên quan dự"), which the asides stripped before would have taken for an aside.
 */
function withAGroup(gap: string, cc: CompiledCues): boolean {
  const tail = gap.replace(/^\s*,?\s*/u, '');
  const joined = cc.connectorAtStart.exec(tail);
  return !!joined && !/[;:]|,(?!\s*\p{Ll})/u.test(tail) && opensGroup(tail.slice(joined[0].length), cc);
}

/** "X và Y đồng chủ trì", "X and Y co-chaired": the people joined to the subject (mentions[at]). */
function chainBack(
  s: string, mentions: Mention[], at: number, cc: CompiledCues, semicolonCloses: boolean, closed = false,
): Mention[] {
  const chain = [mentions[at]!];
  // "A, B, C và D tham luận": a bare comma joins names only in a list closed by a connector ("và", "and").
  let connected = closed;
  let kept = 1;
  let afterSemicolon = 0;
  let idx = at;
  while (idx > 0) {
    const prev = mentions[idx - 1]!;
    const gap = s.slice(prev.end, chain[0]!.start);
    const how = joinedBy(gap, cc);
    // Commas are followed tentatively: "A và các Phó Chủ tịch: B, C điều hành" closes its list further back.
    if (!how || chain.length > 12) break;
    // "Commissioners A, B and C; Mayor D presiding": a list closed by its own connector before a semicolon is
    // another list; the cue's list is what follows the semicolon.
    if (afterSemicolon && how === 'connector') return chain.slice(chain.length - afterSemicolon);
    if (gap.includes(';')) afterSemicolon ||= chain.length;
    // A semicolon closes a list as surely as "và" ("Thượng tá A, role; Trung tá B, role ký cam kết").
    if (how === 'connector' || (semicolonCloses && gap.includes(';'))) connected = true;
    chain.unshift(prev);
    // A plural title over the list opens it as surely ("Các đại biểu A, B, C lần lượt chất vấn").
    if (connected || (cc.data.pluralOpeners.length && pluralWordOpens(s, prev.start, 0, cc))) kept = chain.length;
    idx--;
  }
  return chain.slice(chain.length - kept);
}

function chainForward(s: string, mentions: Mention[], at: number, cc: CompiledCues): Mention[] {
  const chain = [mentions[at]!];
  let idx = at;
  while (idx < mentions.length - 1) {
    const next = mentions[idx + 1]!;
    if (!joined(s.slice(chain[chain.length - 1]!.end, next.start), cc)) break;
    chain.push(next);
    idx++;
  }
  return chain;
}

function joined(gap: string, cc: CompiledCues): boolean {
  return joinedBy(gap, cc) === 'connector';
}

/** A person's bracket ("(D-N.M.)", "(Tây Lâm)", "(in the Chair)") after them in a list: it belongs to that item. */
const BRACKET_AT_START = /^\s*\([^()]{1,60}\)/u;

/** How two neighbouring people are joined: a connector (", and", "và"), a bare comma, or not at all. */
function joinedBy(gap: string, cc: CompiledCues): 'connector' | 'comma' | null {
  gap = gap.replace(cc.postnominalsAtStart, '').replace(BRACKET_AT_START, '');
  // "Deputy A of Đồng Tháp Province and Deputy B …": where the first comes from stands between them.
  const origin = cc.originAtStart.exec(gap);
  if (origin) gap = gap.slice(origin[0].length);
  const rest = gap.replace(/^[\s,]*/u, '');
  const m = cc.connectorAtStart.exec(rest);
  // ", and his partner of 14 years, Firefighter B": the next item's description stands before its name.
  // "A and his Indian counterpart B": a possessive determiner before the next item's title.
  const next = m === null ? '' : rest.slice(m[0].length).trim();
  if (m !== null && (!next || cc.apposedItem.test(rest.slice(m[0].length)) ||
    cc.data.apposedDeterminers.includes(next.toLowerCase()))) {
    return 'connector';
  }
  // A semicolon parts the items of a list whose items hold commas ("A, roles; B, roles và C tham dự").
  return /^\s*[,;]\s*$/u.test(gap) ? 'comma' : null;
}

/** Said elsewhere or at another time, or not said at the event ("in a statement", "từng nhấn mạnh"). */
function blocked(
  s: string, m: Mention, cue: CueMatch, cc: CompiledCues, reportedBy: (at: number) => boolean, day: string | null,
  openedBySpeech: boolean, elsewhere: (text: string) => boolean,
): boolean {
  if (cue.cue.part === 'absent') return false;
  if (reportedBy(Math.max(m.end, cue.end))) return true;
  if (cue.cue.part === 'speaker' && spokenAnotherTime(s, cue, cc, day)) return true;
  // Between the person and the cue (at most REACH back, from a word start), and on to the end of the clause
  // ('said X, …, in an email').
  let from = Math.min(m.end, cue.start);
  if (cue.start - from > REACH) {
    const space = searchNear(s, cue.start - REACH, /\s/u);
    from = space < 0 || space > cue.start ? cue.start : space;
  }
  // A quotation inside the clause does not end it ('criticised it as "too little" in a statement').
  const after = s.slice(Math.max(m.end, cue.end), Math.max(m.end, cue.end) + 200).replace(QUOTED, ' ').slice(0, 120);
  const clauseEnd = after.search(/[.;“”"]/u);
  const tailOfClause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  // A relative clause between the person and the verb describes the person ("former Sheriff X, who retired in
  // October after 20 years, were on hand"): its times are not the event's.
  let between = s.slice(from, Math.max(from, cue.start));
  const aside = m.end <= cue.start ? RELATIVE_ASIDE.exec(between) : null;
  if (aside && cc.relativeAtStart?.test(aside[1]!)) between = ' ';
  const region = between + ' ' + tailOfClause;
  if (elsewhere(region)) return true;
  // The clause that opens the sentence right before the person ("In a statement, X said", "Trả lời báo chí …, X"),
  // unless it is a speech at the event itself ("Addressing journalists at the briefing, X said").
  const opening = m.start <= cue.start && !openedBySpeech ? OPENING_CLAUSE.exec(s.slice(0, m.start)) : null;
  if (opening && elsewhere(opening[0])) return true;
  if (cue.cue.part === 'speaker') return false;
  // Chairing or attending at another time ("chaired the committee until last year") or only planned ("dự kiến
  // mời X dự lễ khai mạc"): the sentence's own clause, up to the cue, and its end. Over years after the verb ("X
  // chaired the society for a decade"): an office held; after a listed person it only describes them.
  const before = s.slice(Math.max(0, cue.start - 160), cue.start);
  // Words inside a quotation are the speaker's, not the report's tense ('"We will not …," said X, who presided').
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1).replace(QUOTED, ' ');
  // A relative clause after the person describes them, not the event ("X, a cardiologist who arrived in 2014").
  const toComma = tailOfClause.split(',', 1)[0]!;
  const relative = m.end <= cue.start || !cc.relativeWord ? -1 : toComma.search(cc.relativeWord);
  const ownClause = relative < 0 ? toComma : toComma.slice(0, relative);
  // A list's verb in the past: "was sentenced in 2023 … by Judge X" names an earlier occasion.
  const pastVerb = m.start >= cue.end && (cc.pastTime?.test(clause + s.slice(cue.start, cue.end)) ?? false);
  // "A community meeting chaired by X will be held": the list's sentence goes on in the future.
  const futureAfter = m.start >= cue.end && cc.future.test(ownClause);
  return cc.reported.test(tailOfClause) || cc.future.test(clause) || futureAfter || (cc.pastTime?.test(ownClause) ?? false) || pastVerb ||
    (m.end <= cue.start && cc.officeSpan.test(tailOfClause));
}

/** A group opens here, maybe after a count and two lowercase words describing it ("tribal leaders"). */
function namesGroup(text: string, cc: CompiledCues): boolean {
  let rest = text.slice(quantityLength(text, cc));
  for (let k = 0; k <= 2; k++) {
    if (opensGroup(rest, cc)) return true;
    const word = /^[\p{Ll}-]+ /u.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}

/** ", who …," standing alone between a person and a verb; group 1 is the clause. */
const RELATIVE_ASIDE = /^\s*,\s*([^,;:.“”"]{1,120}(?:,[^,;:.“”"]{1,60})?),\s*$/u;

/** A short quotation, closed. */
export const QUOTED = /[“"][^“”"]{1,160}[”"]/gu;

/** One clause and its comma, opening the sentence (a lowercase term of address may follow: "…, ông X"). */
const OPENING_CLAUSE = /^[^,;:“”"]{1,120},\s*(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+){0,2}$/u;

/**
 * The few words between a verb of speech and what was said: "said last week that", "told the paper on Friday,"; not
 * what was said ("urged the court to act before June").
 */
const SPEECH_WHEN = /^(?:\s+[^\s,;:“”"]+){0,6}?(?=[,;:“”"]|\sthat\s|\s*$)|^(?:\s+[^\s,;:“”"]+){1,6}/u;

/**
 * The speech was made at another time, as written right after its verb: "said last week", "said afterwards", or a
 * weekday other than the report's own `day` ("said Friday" in a report of Thursday's meeting).
 */
function spokenAnotherTime(s: string, cue: CueMatch, cc: CompiledCues, day: string | null): boolean {
  const when = SPEECH_WHEN.exec(s.slice(cue.end, cue.end + 80))?.[0] ?? '';
  if (!when) return false;
  if (cc.otherTime.test(when)) return true;
  const named = day ? cc.weekday.exec(when) : null;
  return named !== null && named[0].toLowerCase() !== day;
}

/** "About two dozen members of the Friends of the Library attended": a group as the subject. */
function groupSubject(s: string, cueStart: number, index: MentionIndex, cc: CompiledCues): string | null {
  // The clause, read back at most REACH characters (to a word start).
  const near = Math.max(0, cueStart - REACH);
  const back = s.slice(near, cueStart);
  const punct = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'), back.lastIndexOf(':'));
  let clauseStart = near + punct + 1;
  if (punct < 0 && near > 0) {
    const space = back.search(/\s/u);
    clauseStart = space < 0 ? cueStart : near + space;
  }
  const clause = s.slice(clauseStart, cueStart);
  if (index.anyWithin(clauseStart, cueStart)) return null;
  const words = [...clause.matchAll(/\S+/gu)];
  for (const w of words) {
    const rest = clause.slice(w.index);
    if (opensGroup(rest, cc)) {
      const text = withoutTrailingFillers(groupText(s, clauseStart + w.index + quantityLength(rest, cc), cueStart), cc);
      return text || null;
    }
  }
  return null;
}

/** "Tổ đại biểu Quốc hội tỉnh đã (tiếp xúc …)": the words between subject and verb are not the group's. */
function withoutTrailingFillers(text: string, cc: CompiledCues): string {
  for (let changed = true; changed;) {
    changed = false;
    const lower = text.toLowerCase();
    for (const f of cc.data.gapFillers) {
      if (lower.endsWith(` ${f.toLowerCase()}`)) {
        text = text.slice(0, text.length - f.length - 1).trimEnd();
        changed = true;
      }
    }
  }
  return text;
}

/** A list after "Dự hội nghị có", "attended by": people and groups, to the end of the clause. */
function walkList(
  s: string, cue: CueMatch, end: number, mentions: Mention[], index: MentionIndex, cc: CompiledCues,
  give: (m: Mention, cue: CueMatch) => void, out: SentenceParts,
): void {
  let p = cue.end;
  const cueLast = s.slice(cue.start, cue.end).trimEnd().split(/\s/u).pop() ?? '';
  const lead = cc.listLeadIn.exec(s.slice(p, end));
  if (lead) p += lead[0].length;
  for (let guard = 0; p < end && guard < 200; guard++) {
    const skip = /^[\s,;:]*/u.exec(s.slice(p, end))![0].length;
    p += skip;
    // "…; tại điểm cầu huyện B có đ/c Y": a lead-in may open the list again after a semicolon.
    const again = s.slice(p - skip, p).includes(';') ? cc.listLeadIn.exec(s.slice(p, end)) : null;
    if (again) p += again[0].length;
    const connector = cc.connectorAtStart.exec(s.slice(p, end));
    if (connector) {
      p += connector[0].length;
      // "given by A, …, and by B": the cue's last word repeated after the connector.
      if (s.startsWith(`${cueLast} `, p)) p += cueLast.length + 1;
      continue;
    }
    if (p >= end) break;
    // "Mayor X (in the Chair) and …", "Ann Obi (Trade), …": a bracket closing an item.
    const bracket = BRACKET_AT_START.exec(s.slice(p, end));
    if (bracket) {
      p += bracket[0].length;
      continue;
    }
    const lead = wordsBeforePerson(s.slice(p, end), cc);
    if (lead && index.covering(p + lead)) p += lead;
    const m = index.covering(p);
    if (m) {
      // "welcomed Minister X's decision", "met X's deadline": X owns the object; X is not the one met.
      if (POSSESSIVE_END.test(s.slice(m.span.start, m.span.end + 2))) break;
      give(m, cue);
      p = Math.max(m.end, p + 1);
      // "HE Ms X of Vietnam and HE Y of Qatar": where a person is from is part of their item.
      const origin = cc.originAtStart.exec(s.slice(p, end));
      if (origin && !index.covering(p + origin[0].length - 1)) p += origin[0].length;
      continue;
    }
    const rest = s.slice(p, end);
    if (cc.relativeAtStart?.test(rest)) {
      const next = rest.search(/[,;]/u);
      p = next < 0 ? end : p + next + 1;
      continue;
    }
    // "his grandson Caleb Brennan, his nephew Sean Gallagher": a family word after a possessive, then the person.
    const kin = cc.kinBefore ? mentions[index.firstStartingFrom(p)] : undefined;
    if (kin && kin.end <= end && cc.kinBefore!.test(s.slice(p, kin.start))) {
      give(kin, cue);
      p = kin.end;
      continue;
    }
    const isGroup = opensGroup(rest, cc) || /^\p{Lu}/u.test(rest);
    // "retired nurse Derek Amoah": a lowercase title whose first words were not read as part of it (not "while
    // Director X", not "the Member for Y").
    const described = isGroup ? undefined : mentions[index.firstStartingFrom(p)];
    if (described && described.end <= end && /^\p{Ll}/u.test(described.roles[0] ?? '') &&
      DESCRIPTION.test(s.slice(p, described.start)) && !linksAnother(s.slice(p, described.start), cc) &&
      !cc.apposedItem.test(`${s.slice(p, described.start)}x,`)) {
      give(described, cue);
      p = described.end;
      continue;
    }
    // "accompanied by his wife, Mrs A", "presided over by its chair, Sen. B": a short description, then the person.
    // (A title with its field may be long: "the Member of Parliament for Asante Akim North, Dr X".)
    const comma = rest.slice(0, 64).indexOf(',');
    if (!isGroup && comma > 0 && !/[;:]/u.test(rest.slice(0, comma))) {
      let at = p + comma + 1 + /^\s*/u.exec(s.slice(p + comma + 1, end))![0].length;
      // "the Dean of Castlebridge, the Very Rev X": an article before the honorific.
      const article = wordsBeforePerson(s.slice(at, end), cc);
      if (article && index.covering(at + article)) at += article;
      const person = index.covering(at);
      if (person) {
        give(person, cue);
        p = Math.max(person.end, at + 1);
        continue;
      }
    }
    if (!isGroup) {
      // "…, Trưởng Đại diện UNFPA (UNFPA) tại Việt Nam; ông X": the rest of an item; a semicolon opens the next.
      const semi = searchNear(s, p, /;/u);
      if (semi < 0 || semi >= end) break;
      p = semi + 1;
      continue;
    }
    const start = p + quantityLength(rest, cc);
    const stop = groupEnd(s, start, end, index.strongAt, cc);
    const text = groupText(s, start, stop);
    if (text && cue.cue.part === 'attendee' && !cue.cue.peopleOnly) {
      out.groups.push(text);
      out.event = true;
    }
    p = Math.max(stop, p + 1);
  }
}
