import type { CompiledCues } from './compile';
import { listGap } from './plural-heads';
import type { CueMatch } from './cue-matches';
import { firstTrue } from './first-true';
import type { NameSpan } from './names';
import { roleApposedBefore, roleBefore, rolesAfter, splitDashedRoles, splitStackedTitles, suffixMinStrongLead } from './roles';

/** A person mentioned in one sentence: the name, the roles written around it, and the span they cover. */
export interface Mention {
  sentence: number;
  /** Start of the honorific or role written before the name. */
  start: number;
  /** End of the last role written after the name. */
  end: number;
  span: NameSpan;
  roles: string[];
  strong: boolean;
}

/**
 * The end of the last cue that ends by `at`, or -1. Cues do not overlap and come in order, so their ends rise:
 * a binary search (the scan of every cue for every name was quadratic in a sentence full of both).
 */
function lastCueEndBy(cues: CueMatch[], at: number): number {
  const after = firstTrue(0, cues.length, (k) => cues[k]!.end > at);
  return after > 0 ? cues[after - 1]!.end : -1;
}

/** Reads the roles around each name; a role never reaches back past the previous person or a cue. */
export function buildMentions(
  s: string, sentence: number, spans: NameSpan[], cues: CueMatch[], cc: CompiledCues,
): Mention[] {
  const out: Mention[] = [];
  let floor = 0;
  let minLead: number[] | null = null;
  const leads = (): number[] => (minLead ??= suffixMinStrongLead(spans));
  // A plural title over a list ("Councilmembers A, B and C", "các Đại biểu Quốc hội: A, B"): its singular and
  // where the last name it reached ends.
  let plural: { role: string; end: number; opened: boolean } | null = null;
  spans.forEach((span, i) => {
    if (span.roleRef) {
      out.push({ sentence, start: span.lead, end: span.end, span, roles: [], strong: true });
      floor = span.end;
      plural = null;
      return;
    }
    const from = Math.max(floor, lastCueEndBy(cues, span.lead));
    let before: { role: string; start: number; plural: boolean } | null = roleBefore(s, span, from, cc);
    const byWord = before !== null && !before.plural && pluralWordOpens(s, before.start, from, cc);
    if (byWord) before = { ...before!, plural: true };
    // "các Phó Trưởng Ban: Đại tá A, …": a plural title before the role written next to the name.
    const lead = pluralLead(s, before ? before.start : span.lead, from, cc);
    let leadRole: string | null = null;
    if (lead && before) {
      leadRole = lead.role;
      before = { role: before.role, start: lead.start, plural: true };
    } else if (lead) {
      before = lead;
    }
    const after = rolesAfter(s, spans, i, leads, cc);
    let roles = before ? [before.role, ...after.roles.filter((r) => r !== before!.role)] : after.roles;
    if (leadRole) roles = [leadRole, ...roles.filter((r) => r !== leadRole)];
    // An item with a title of its own stays in the list only after a semicolon ("…; Đại tá B, …").
    const gap = plural ? s.slice(plural.end, before ? before.start : span.lead) : '';
    // (Only under a plural word or a plural title's colon: "Commissioners A and B; Mayor C" is no commissioner.)
    const inList = plural !== null && !lead && (!before || (gap.includes(';') && plural.opened)) && listGap(gap, cc);
    if (inList) roles = [plural!.role, ...roles];
    const bracketed = s[span.end] === ')';
    const apposed = inList ? null : roleApposedBefore(s, before ? before.start : span.lead, from, cc, bracketed);
    if (apposed) roles = [apposed.role, ...roles.filter((r) => r !== apposed.role)];
    // "the Treasurer (Mr X)": the item runs to the closing bracket.
    const closes = apposed !== null && bracketed && after.end === span.end;
    roles = splitStackedTitles(splitDashedRoles(roles, cc), cc);
    const m: Mention = {
      sentence,
      start: apposed ? apposed.start : before ? before.start : span.lead,
      end: closes ? span.end + 1 : after.end,
      span,
      roles,
      strong: span.strong || roles.length > 0,
    };
    out.push(m);
    floor = m.end;
    if (before?.plural) plural = { role: leadRole ?? before.role, end: m.end, opened: lead !== null || byWord };
    else if (inList) plural!.end = m.end;
    else plural = null;
  });
  return out;
}

/**
 * "các đại biểu Quốc hội A, B và C", "các đồng chí Phó Chủ tịch UBND tỉnh A, B": a title after a plural word ("các",
 * "những"; or a plural honorific opening the title) is every listed name's, with or without a colon.
 */
export function pluralWordOpens(s: string, start: number, from: number, cc: CompiledCues): boolean {
  // Words read by splitting a few characters, not by a pattern anchored at the end (read again from every start).
  const first = s.slice(start, start + 16).split(/\s/u, 1)[0]!.toLowerCase();
  if (first && cc.data.pluralOpeners.includes(first)) return true;
  const before = s.slice(Math.max(from, start - 16), start);
  if (before === before.trimEnd()) return false;
  const words = before.trimEnd().split(/\s/u);
  return cc.data.pluralOpeners.includes(words[words.length - 1]!.toLowerCase());
}

/** "các Đại biểu Quốc hội: A": a plural title and its colon right before the name, after `from`. */
function pluralLead(s: string, lead: number, from: number, cc: CompiledCues): { role: string; start: number; plural: true } | null {
  const before = s.slice(Math.max(from, lead - 120), lead);
  const m = cc.pluralLeadBefore.exec(before);
  if (!m) return null;
  return { role: m[1]!.trim(), start: lead - before.length + m.index, plural: true };
}
