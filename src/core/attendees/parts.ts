import type { CuePart } from '../lang/attendee-cue-types';
import type { CompiledCues } from './compile';
import type { CueMatch } from './cue-matches';
import { groupEnd, groupText, opensGroup, quantityLength } from './groups';
import type { Mention } from './mentions';

export interface Assignment {
  mention: Mention;
  part: CuePart;
}

export interface SentenceParts {
  assignments: Assignment[];
  groups: string[];
  /** The sentence shows an event with participants (a chair, someone present, a speech at a meeting). */
  event: boolean;
}

const PAREN = /\([^)]*\)/gu;

/** Applies each cue of one sentence to the people (and groups) it points at. */
export function assignParts(s: string, mentions: Mention[], cues: CueMatch[], cc: CompiledCues): SentenceParts {
  const out: SentenceParts = { assignments: [], groups: [], event: false };
  const give = (m: Mention, cue: CueMatch): void => {
    if (blocked(s, m, cue, cc)) return;
    for (const part of [cue.cue.part, ...(cue.cue.also ?? [])]) out.assignments.push({ mention: m, part });
    if (cue.cue.part === 'chair' || cue.cue.part === 'attendee' || cue.cue.event) out.event = true;
  };
  cues.forEach((cue, i) => {
    switch (cue.cue.dir) {
      case 'prev': {
        const subject = [...mentions].reverse().find((m) => m.end <= cue.start);
        if (subject && gapAllowed(s.slice(subject.end, cue.start), cc)) {
          for (const m of chainBack(s, mentions, subject, cc)) give(m, cue);
        } else if (cue.cue.part === 'attendee') {
          const group = groupSubject(s, cue.start, mentions, cc);
          if (group) {
            out.groups.push(group);
            out.event = true;
          }
        }
        break;
      }
      case 'next': {
        const m = mentions.find((x) => x.start >= cue.end);
        if (m && /^[\s,:]*$/u.test(s.slice(cue.end, m.start))) give(m, cue);
        break;
      }
      case 'lead': {
        const m = mentions.find((x) => x.start >= cue.end);
        if (m && /^[\s,]*$/u.test(s.slice(cue.end, m.start))) {
          for (const x of chainForward(s, mentions, m, cc)) give(x, cue);
        }
        break;
      }
      case 'list': {
        const nextList = cues.slice(i + 1).find((c) => c.cue.dir === 'list' || c.cue.dir === 'lead');
        walkList(s, cue, nextList ? nextList.start : s.length, mentions, cc, give, out);
        break;
      }
    }
  });
  return out;
}

/** Only fillers ("cũng", "also"), commas or a relative clause ("X, who …, said") between subject and verb. */
function gapAllowed(gap: string, cc: CompiledCues): boolean {
  // A short aside between commas is an age or a party ("X, 45, said", "Rep. X, D-Calif., asked").
  const g = gap.replace(PAREN, ' ').replace(/^\s*,\s*\S+(?:\s\S+)?\s*,/u, ' ');
  if (/^[\s,]*$/u.test(g.replace(cc.gapFiller, ' '))) return true;
  if (!cc.relativeAtStart) return false;
  const clause = /^\s*,\s*(.*),\s*([^,]*)$/su.exec(g);
  return !!clause && cc.relativeAtStart.test(clause[1]!) && /^[\s,]*$/u.test(clause[2]!.replace(cc.gapFiller, ' '))
    && !/[;]/.test(g);
}

/** "X và Y đồng chủ trì", "X and Y co-chaired": the people joined to the subject. */
function chainBack(s: string, mentions: Mention[], subject: Mention, cc: CompiledCues): Mention[] {
  const chain = [subject];
  let idx = mentions.indexOf(subject);
  while (idx > 0) {
    const prev = mentions[idx - 1]!;
    if (!joined(s.slice(prev.end, chain[0]!.start), cc)) break;
    chain.unshift(prev);
    idx--;
  }
  return chain;
}

function chainForward(s: string, mentions: Mention[], first: Mention, cc: CompiledCues): Mention[] {
  const chain = [first];
  let idx = mentions.indexOf(first);
  while (idx < mentions.length - 1) {
    const next = mentions[idx + 1]!;
    if (!joined(s.slice(chain[chain.length - 1]!.end, next.start), cc)) break;
    chain.push(next);
    idx++;
  }
  return chain;
}

function joined(gap: string, cc: CompiledCues): boolean {
  const rest = gap.replace(/^[\s,]*/u, '');
  const m = cc.connectorAtStart.exec(rest);
  return m !== null && /^\s*$/u.test(rest.slice(m[0].length));
}

/** Said elsewhere or at another time, or not said at the event ("in a statement", "từng nhấn mạnh"). */
function blocked(s: string, m: Mention, cue: CueMatch, cc: CompiledCues): boolean {
  if (cue.cue.part === 'absent') return false;
  if (cc.reported.test(s.slice(0, Math.max(m.end, cue.end)))) return true;
  // Between the person and the cue, and on to the end of the clause ('said X, …, in an email').
  const from = Math.min(m.end, cue.start);
  const after = s.slice(Math.max(m.end, cue.end));
  const clauseEnd = after.search(/[.;“”"]/u);
  const region = s.slice(from, Math.max(from, cue.start)) + ' ' + after.slice(0, clauseEnd < 0 ? 120 : Math.min(clauseEnd, 120));
  return cc.negators.test(region);
}

/** "About two dozen members of the Friends of the Library attended": a group as the subject. */
function groupSubject(s: string, cueStart: number, mentions: Mention[], cc: CompiledCues): string | null {
  const clauseStart = Math.max(...[',', ';', ':'].map((p) => s.lastIndexOf(p, cueStart - 1))) + 1;
  const clause = s.slice(clauseStart, cueStart);
  if (mentions.some((m) => m.start >= clauseStart && m.end <= cueStart)) return null;
  const words = [...clause.matchAll(/\S+/gu)];
  for (const w of words) {
    const rest = clause.slice(w.index);
    if (opensGroup(rest, cc)) {
      const text = groupText(s, clauseStart + w.index + quantityLength(rest, cc), cueStart);
      return text || null;
    }
  }
  return null;
}

/** A list after "Dự hội nghị có", "attended by": people and groups, to the end of the clause. */
function walkList(
  s: string, cue: CueMatch, end: number, mentions: Mention[], cc: CompiledCues,
  give: (m: Mention, cue: CueMatch) => void, out: SentenceParts,
): void {
  let p = cue.end;
  const lead = cc.listLeadIn.exec(s.slice(p, end));
  if (lead) p += lead[0].length;
  for (let guard = 0; p < end && guard < 200; guard++) {
    const skip = /^[\s,;]*/u.exec(s.slice(p, end))![0].length;
    p += skip;
    const connector = cc.connectorAtStart.exec(s.slice(p, end));
    if (connector) {
      p += connector[0].length;
      continue;
    }
    if (p >= end) break;
    const m = mentions.find((x) => x.start <= p && p <= x.span.start);
    if (m) {
      give(m, cue);
      p = Math.max(m.end, p + 1);
      continue;
    }
    const rest = s.slice(p, end);
    if (cc.relativeAtStart?.test(rest)) {
      const next = rest.search(/[,;]/u);
      p = next < 0 ? end : p + next + 1;
      continue;
    }
    const isGroup = opensGroup(rest, cc) || /^\p{Lu}/u.test(rest);
    if (!isGroup) break;
    const start = p + quantityLength(rest, cc);
    const stop = groupEnd(s, start, end, mentions, cc);
    const text = groupText(s, start, stop);
    if (text && cue.cue.part === 'attendee') {
      out.groups.push(text);
      out.event = true;
    }
    p = Math.max(stop, p + 1);
  }
}
