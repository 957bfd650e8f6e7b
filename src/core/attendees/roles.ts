import type { CompiledCues } from './compile';
import type { NameSpan } from './names';

const BREAK_BEFORE_NAME = /[,;:()“”"]|\s[-–—]\s/gu;

/**
 * A role written before the name ("Bộ trưởng Bộ Y tế Đào Hồng Lan", "Library Director Sunita Greaves"), read
 * from `from` (the end of the previous person or cue) up to the name. Returns where it starts, or null.
 */
export function roleBefore(
  s: string, span: NameSpan, from: number, cc: CompiledCues,
): { role: string; start: number } | null {
  let windowStart = from;
  const raw = s.slice(from, span.lead);
  for (const m of raw.matchAll(BREAK_BEFORE_NAME)) windowStart = Math.max(windowStart, from + m.index + m[0].length);
  for (const m of [...s.slice(windowStart, span.lead).matchAll(cc.honorificAny)].slice(-1)) {
    windowStart += m.index + m[0].length;
  }
  let window = s.slice(windowStart, span.lead);
  const connector = cc.connectorAtStart.exec(window.trimStart());
  if (connector) {
    const cut = window.length - window.trimStart().length + connector[0].length;
    windowStart += cut;
    window = window.slice(cut);
  }
  for (const m of window.matchAll(cc.roleHead)) {
    let idx = m.index;
    if (cc.data.roleExtendsLeft) idx = extendLeft(window, idx, cc);
    const role = trimRole(window.slice(idx), cc);
    if (!role || role.length > 120 || cc.roleStop.test(role)) continue;
    if (!innerWordsAllowed(role, cc)) continue;
    // "đồng chí Phó Bí thư Tỉnh ủy Võ Văn Cảnh": the mention starts at the honorific before the role.
    const at = windowStart + idx;
    const prefix = s.slice(Math.max(0, at - 24), at);
    const honorific = cc.honorificBefore.exec(prefix);
    return { role, start: honorific ? at - prefix.length + honorific.index : at };
  }
  return null;
}

/** "City Manager", "Vice Mayor", "Australian Assistant Minister": capitalised words before the head. */
function extendLeft(window: string, idx: number, cc: CompiledCues): number {
  let at = idx;
  for (;;) {
    const m = /(\S+)\s+$/u.exec(window.slice(0, at));
    if (!m) return at;
    const word = m[1]!;
    if (!/^\p{Lu}/u.test(word) || cc.openers.has(word) || /[,;:]$/.test(word)) return at;
    at = m.index;
  }
}

/** Drops trailing punctuation, but not the stop of an abbreviation ("Sen.", "Gov."). */
function trimRole(text: string, cc: CompiledCues): string {
  let t = text.trim().replace(/[\s,;:\-–—]+$/u, '');
  const last = /(\S+)\.$/u.exec(t);
  if (last && !cc.abbreviations.has(last[1]!.toLowerCase())) t = t.slice(0, -1);
  return t.trim();
}

function innerWordsAllowed(role: string, cc: CompiledCues): boolean {
  const allowed = cc.data.roleInnerWords;
  if (!allowed.length) return true;
  return role.split(/\s+/).every((w) => /^\p{Lu}|^\P{L}/u.test(w) || allowed.includes(w) || cc.roleHeadToken.test(w));
}

/**
 * Roles in apposition after the name ("X, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy chủ trì …",
 * "X - giám đốc …", "X, president of …"), one per comma-separated segment, up to a verb or the next person.
 */
export function rolesAfter(
  s: string, span: NameSpan, later: NameSpan[], cc: CompiledCues,
): { roles: string[]; end: number } {
  const roles: string[] = [];
  let end = span.end;
  // A comma or a dash opens the roles; a parenthesis may come first ("Rep. Jamie Raskin (D-Md.), the …").
  const opener = /^(?:\s*\([^)]*\))?\s*,\s*|^\s+[-–—]\s+/u.exec(s.slice(span.end));
  if (!opener) return { roles, end };
  let pos = span.end + opener[0].length;
  for (;;) {
    const stopAt = s.slice(pos).search(/[,;:()“”"]/u);
    const segEnd = stopAt < 0 ? s.length : pos + stopAt;
    let seg = s.slice(pos, segEnd);
    let cut = false;
    const stop = cc.roleStop.exec(seg);
    if (stop) {
      seg = seg.slice(0, stop.index);
      cut = true;
    }
    const next = later.find((n) => n.strong && n.lead >= pos && n.lead < pos + seg.length + 1);
    if (next) {
      // The next person starts inside this segment: keep what comes before "và"/"and", if anything.
      const head = s.slice(pos, next.lead);
      const joins = [...head.matchAll(cc.connectorAny)].pop();
      if (!joins) break;
      seg = head.slice(0, joins.index);
      cut = true;
    }
    const role = trimRole(seg, cc);
    if (!role) break;
    if (!isRole(role, cc)) {
      // "Trưởng Ban Chỉ huy Phòng, chống thiên tai …": the comma belonged to the organisation's name.
      const last = roles.length - 1;
      if (last < 0 || !cc.data.roleCommaContinues || !/^\p{Ll}/u.test(role)) break;
      roles[last] = `${roles[last]}, ${role}`;
    } else {
      roles.push(role);
    }
    end = pos + seg.indexOf(role) + role.length;
    if (cut || s[segEnd] !== ',') break;
    pos = segEnd + 1;
    while (s[pos] === ' ') pos++;
  }
  return { roles, end };
}

/** The segment opens with a role head, or (English) has one among its first few words. */
function isRole(text: string, cc: CompiledCues): boolean {
  if (cc.roleHeadAtStart.test(text)) return true;
  if (cc.data.roleHeadWindow <= 1) return false;
  if (cc.relativeAtStart?.test(text) || /^\P{L}/u.test(text)) return false;
  const words = text.split(/\s+/);
  const limit = words.slice(0, cc.data.roleHeadWindow).join(' ').length;
  cc.roleHead.lastIndex = 0;
  const m = cc.roleHead.exec(text);
  cc.roleHead.lastIndex = 0;
  return m !== null && m.index < limit;
}
