import type { Attendees } from '../article';
import { MAX_BODY_CHARS, MAX_CAPTION_CHARS, withinBudget } from './budget';
import { attendeeCuesFor } from '../lang/attendee-cues';
import { compileCues, type CompiledCues } from './compile';
import { findCues, type CueMatch } from './cue-matches';
import { mergePeople, nameKey, shortNames } from './merge';
import { buildMentions, type Mention } from './mentions';
import { findNames, type NameSpan } from './names';
import { assignParts, QUOTED, type Assignment, type ReportContext } from './parts';
import { findRoleRefs, roleHolders } from './role-refs';
import { articleSentences } from './sentences';

export interface AttendeesInput {
  paragraphs: string[];
  captions: string[];
  /** BCP 47 tag of the page; languages without cue data get null. */
  lang: string;
  /** The headline. Not read yet: the body and captions name the people; kept so callers need not change. */
  title?: string;
}

interface Parsed {
  text: string;
  spans: NameSpan[];
  cues: CueMatch[];
}

/**
 * Who took part in the event the article reports: the chair(s), the people present, the speakers, and the
 * organisations present. Null when the article reports no event with participants (an ordinary news story
 * quoting people is not one). Pure: strings in, a JSON-serialisable object out.
 */
export function findAttendees(input: AttendeesInput): Attendees | null {
  const data = attendeeCuesFor(input.lang);
  if (!data) return null;
  const cc = compileCues(data);
  const paragraphs = withinBudget(input.paragraphs, MAX_BODY_CHARS);
  const captions = withinBudget(input.captions, MAX_CAPTION_CHARS);
  const printed = new Map<string, string>();
  const sentences = articleSentences(paragraphs, captions, cc, printed).map(({ text }) => ({ text, cues: findCues(text, cc) }));
  // Only a chair, attendance or event cue can make an event (assignParts sets `event` for nothing else): without
  // one the answer is null, known before the costlier name search. Most news is not a meeting report.
  const eventCue = (c: CueMatch) => c.cue.part === 'chair' || c.cue.part === 'attendee' || !!c.cue.event;
  // People first: a sentence that names the event itself ("at a town hall") makes a report of it, cues or not.
  let named: boolean | undefined;
  const namesEvent = (): boolean => (named ??= sentences.some(({ text }) => eventNamed(text, cc)));
  if (!sentences.some((x) => x.cues.some(eventCue)) && !namesEvent()) return null;
  const parsed: Parsed[] = sentences.map(({ text, cues }) => ({ text, spans: findNames(text, cc), cues }));
  // The report's own day: the first weekday it names ("met on Thursday"); speech on another is not at the event.
  const day = firstWeekday(sentences.map((x) => x.text), cc);
  // A press conference's audience is the press: "told reporters" there is speech at the event.
  const press = sentences.some((x) => cc.pressEvent.test(x.text));
  const when: ReportContext = { day, press };

  // Round one, full names only: a bare name without honorific or title (English) counts as known only once
  // a cue points at it, so that "Riverside" does not later resolve to a slogan like "Save Riverside".
  const known = new Map<string, string[]>();
  const rolesByKey = new Map<string, string[]>();
  const first = run(parsed, cc, when, (p) => p.spans.filter((span) => !span.short));
  for (const m of first.mentions) {
    if (!m.strong) continue;
    const key = nameKey(m.span.name);
    known.set(key, m.span.tokens);
    const roles = rolesByKey.get(key);
    if (roles) for (const r of m.roles) roles.push(r);
    else rolesByKey.set(key, [...m.roles]);
  }
  for (const a of first.assignments) known.set(nameKey(a.mention.span.name), a.mention.span.tokens);

  // Round two: one-word references ("Okafor", "ông Trí") and roles standing for a person ("the mayor") that
  // point at exactly one known person join in.
  const shortKey = new Map<NameSpan, string>();
  const resolveShort = shortNames(known, !cc.data.requireSurname);
  // "the facility's director of nursing, Leanne Mabry, …" then "Ms Mabry said": a full name no title vouched for
  // is still the one an honorific's surname points back to.
  const untitled = new Map<string, string[]>();
  for (const m of first.mentions) {
    const key = nameKey(m.span.name);
    if (!m.strong && m.span.tokens.length >= 2 && !known.has(key)) untitled.set(key, m.span.tokens);
  }
  const resolveUntitled = shortNames(untitled, !cc.data.requireSurname);
  const resolveHonorific = (span: NameSpan): string | null => {
    // Where given names come first, a given name alone may stand for the one person it opens ("Bambang urged …",
    // Indonesian, Thai and Lao usage), as after an honorific ("Mr Phouvong").
    const key = resolveShort(span.tokens, span.honorific || !cc.data.requireSurname);
    if (key || !span.honorific) return key;
    return resolveUntitled(span.tokens, true);
  };
  // "The chairperson expressed displeasure": the chair's title stands for the one person found chairing.
  const chairs = new Set(first.assignments.filter((a) => a.part === 'chair').map((a) => nameKey(a.mention.span.name)));
  const chairTitles = new Set(cc.data.chairTitles ?? []);
  const holderOfRole = roleHolders(rolesByKey);
  const holderOf = (role: string): string | null =>
    holderOfRole(role) ?? (chairs.size === 1 && chairTitles.has(nameKey(role)) ? [...chairs][0]! : null);
  // "ngài Choi Young Jun" vouched for once: "Đại sứ Choi Young Jun cảm ơn …" later is that name, though the name
  // search alone would not take three Latin words after a bare title for one.
  // Vouched for: an honorific, a title or a known family name in the name itself, or (where names need a family
  // name to be found at all) a part given in round one ("Đại sứ … tại Việt Nam Ito Naoki dự").
  const assigned = cc.data.requireSurname ? first.assignments.map((a) => a.mention) : [];
  const vouched = [...new Set([...first.mentions.filter((m) => m.span.strong), ...assigned]
    .filter((m) => m.span.tokens.length >= 2).map((m) => m.span.name))].slice(0, MAX_REPEATED_NAMES);
  // Every word of a longer name in the report: "Councillor Gruen" with no "… Gruen" anywhere is a person of their
  // own (an excerpt, or a council story that never gives the first name); with one, it is that person or no one.
  const nameWords = new Set(parsed.flatMap((p) => p.spans.filter((x) => x.tokens.length >= 2).flatMap((x) => x.tokens)));
  const second = run(parsed, cc, when, (p) => {
    const spans = p.spans.filter((span) => {
      if (!span.short) return true;
      let key = resolveHonorific(span);
      if (!key && span.titled && !cc.data.requireSurname && !nameWords.has(span.tokens[0]!)) key = nameKey(span.name);
      // "Tanya Brooks was elected president" … "Brooks told the meeting": news style names a person in full once,
      // then by surname alone; not a place after "of" ("the Recorder of Carreg").
      if (!key && !span.honorific && !span.titled && !cc.data.requireSurname &&
        !cc.originBefore.test(p.text.slice(Math.max(0, span.start - 8), span.start))) {
        key = resolveUntitled(span.tokens, false);
      }
      if (key) shortKey.set(span, key);
      return key !== null;
    });
    for (const ref of findRoleRefs(p.text, p.spans, holderOf, cc)) {
      shortKey.set(ref.span, ref.key);
      spans.push(ref.span);
    }
    for (const span of repeatedNames(p.text, p.spans, vouched)) spans.push(span);
    return spans.sort((a, b) => a.start - b.start);
  });
  if (!second.event && !namesEvent()) return null;

  // A shorter full form of a name already known ("Siew Lan" for "Ng Siew Lan") joins that person.
  const keyOf = (m: Mention): string | null => {
    if (m.span.short) return shortKey.get(m.span) ?? null;
    return (m.span.tokens.length >= 2 ? resolveShort(m.span.tokens) : null) ?? nameKey(m.span.name);
  };
  // Subjects reached far (past long asides) count only where someone's own part already shows the event: on a news
  // story whose only event is a group or a named occasion, "X, a stallholder in the market, said" is a quote.
  // Parts from an office held ("who chairs the committee") count where any event is shown, a named one too.
  const assignments = second.personEvent ? second.assignments
    : second.assignments.filter((a) => !a.far && !(a.standing && !namesEvent()));
  const people = mergePeople(keyOf, second.mentions, assignments, parsed.map((p) => p.text), cc.chairRole)
    .map((p) => (printed.has(p.name) ? { ...p, name: printed.get(p.name)! } : p));
  const groups = [...new Set(second.groups)];
  if (!people.length && !groups.length) return null;
  return { people, groups };
}

/** The sentence names the event as taking place, not as planned, elsewhere or past. */
function eventNamed(sentence: string, cc: CompiledCues): boolean {
  const m = cc.eventPhrase.exec(sentence);
  if (m === null) return false;
  // What the speaker says ("“We will not wait,” said X at the rally") does not date the event.
  const s = sentence.replace(QUOTED, ' ');
  // Nor does a "would" elsewhere in the sentence ("X said exports would grow, speaking at the launch"): the future
  // counts in the clause naming the event ("will speak at a town hall on Tuesday"), up to what was said ("told
  // analysts on a call that margins would improve").
  const from = Math.max(sentence.lastIndexOf(',', m.index), sentence.lastIndexOf(';', m.index)) + 1;
  const stop = sentence.slice(m.index).search(cc.eventClauseEnd);
  const clause = sentence.slice(from, stop < 0 ? sentence.length : m.index + stop).replace(QUOTED, ' ');
  return !cc.future.test(clause) && !cc.eventNotYet.test(clause) && !cc.reported.test(s) && !cc.negators.test(s) &&
    !cc.pressNegator.test(s) && !cc.otherTime.test(s) && !cc.pastTime?.test(s);
}

/** How many vouched-for names are looked for again in every sentence (a page of thousands stays linear). */
const MAX_REPEATED_NAMES = 40;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Where a name already vouched for appears again in a sentence that the name search did not find it in. */
function repeatedNames(s: string, spans: NameSpan[], names: string[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of names) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (LETTER.test(s[at - 1] ?? '') || LETTER.test(s[end] ?? '')) continue;
      if (spans.some((x) => x.lead < end && at < x.end) || out.some((x) => x.start < end && at < x.end)) continue;
      out.push({ start: at, end, lead: at, name, tokens: name.split(/\s+/u), short: false, honorific: false, strong: true });
    }
  }
  return out;
}

function firstWeekday(texts: string[], cc: CompiledCues): string | null {
  for (const t of texts) {
    const m = cc.weekday.exec(t);
    if (m) return m[0].toLowerCase();
  }
  return null;
}

function run(parsed: Parsed[], cc: CompiledCues, when: ReportContext, spansOf: (p: Parsed) => NameSpan[]) {
  const mentions: Mention[] = [];
  const assignments: Assignment[] = [];
  const groups: string[] = [];
  let event = false;
  let personEvent = false;
  parsed.forEach((p, i) => {
    const spans = spansOf(p);
    const ms = buildMentions(p.text, i, spans, p.cues, cc);
    const res = assignParts(p.text, ms, p.cues, cc, when);
    // One at a time: spreading a list of 150,000 arguments (a megabyte sentence of names) overflows the stack.
    for (const m of ms) mentions.push(m);
    for (const a of res.assignments) assignments.push(a);
    for (const g of res.groups) groups.push(g);
    event ||= res.event;
    personEvent ||= res.personEvent;
  });
  return { mentions, assignments, groups, event, personEvent };
}
