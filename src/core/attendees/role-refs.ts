import type { CompiledCues } from './compile';
import { firstTrue } from './first-true';
import { nameKey } from './merge';
import { type NameSpan, tail } from './names';
import { REACH } from './reach';

const PUNCT = /[,;:.()“”"]/u;
/** Nothing, or a clause's comma, colon or semicolon and a space, right before a role. */
const CLAUSE_START = /(?:^|[,;:]\s+)$/u;
/** A comma and space ending the text: what stands between a name and its apposition. */
const APPOSED = /,\s*$/u;

/**
 * Roles standing for a person named elsewhere in the article ("đồng chí Phó Bí thư Thường trực Tỉnh ủy đề
 * nghị …", "the mayor said"): each becomes a one-word-like span resolved to the one person holding that role.
 * `holderOf` answers who that is (see roleHolders).
 */
export function findRoleRefs(
  s: string, names: NameSpan[], holderOf: (role: string) => string | null, cc: CompiledCues,
): { span: NameSpan; key: string }[] {
  const out: { span: NameSpan; key: string }[] = [];
  const starts = names.map((n) => n.start).sort((a, b) => a - b);
  const ends = new Set(names.filter((n) => !n.short || n.strong).map((n) => n.end));
  for (const h of s.matchAll(cc.roleHead)) {
    // "the Lord Provost", "the Deputy Speaker": capitalised words of the title may stand before its head.
    const at = cc.data.roleExtendsLeft ? titleStart(s, h.index) : h.index;
    const m = { index: at };
    const before24 = tail(s, m.index, 24);
    let opener: { index: number } | null = cc.roleRefOpenerBefore.exec(before24);
    // Without an opener: a role opening the sentence, or after a clause naming no one ("Kết luận hội nghị, Bộ
    // trưởng nhấn mạnh"), and ended by a verb (not "A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": A's apposition).
    const bare = !opener && cc.data.roleRefAtClauseStart === true && CLAUSE_START.test(tail(s, m.index, 4)) &&
      !nameStartsIn(starts, Math.max(s.lastIndexOf(';', m.index), s.lastIndexOf(':', m.index), 0), m.index - 1);
    if (bare) opener = { index: before24.length };
    if (!opener) continue;
    // The role ends at a verb or a stop within REACH; one running further is no role (reading to the end of the
    // sentence for every title word was quadratic).
    const rest = s.slice(m.index, m.index + REACH);
    const stop = cc.roleStop.indexIn(rest);
    const punct = rest.search(PUNCT);
    if (stop < 0 && punct < 0 && m.index + rest.length < s.length) continue;
    const cut = Math.min(stop >= 0 ? stop : rest.length, punct < 0 ? rest.length : punct);
    if (bare && stop !== cut) continue;
    const role = rest.slice(0, cut).trim();
    const end = m.index + role.length;
    if (!role || nameStartsIn(starts, m.index, end + 1)) continue;
    // "The Speaker of the House, Hon. X": the role is in apposition to the name after it, not a reference.
    // So is one with the holder's name in brackets after it ("the Treasurer (Mr X)", in minutes).
    if ((s[end] === ',' || s.startsWith(' (', end)) && nameStartsIn(starts, end, end + 40)) continue;
    const lead = m.index - (tail(s, m.index, 24).length - opener.index);
    // "Karen Hogan, the mayor, told …": the role set off by commas after a name is that name's apposition, not a
    // second mention of her ("…, Hon. X, the nominee said" is the nominee speaking).
    const before = tail(s, lead, 4);
    const comma = APPOSED.exec(before);
    if (comma && ends.has(lead - before.length + comma.index) && /^(?:[,;.)]|$)/u.test(s.slice(end, end + 1))) continue;
    const key = holderOf(role);
    if (!key) continue;
    out.push({
      span: { start: m.index, end, lead, name: role, tokens: [role], short: true, honorific: true, strong: true, roleRef: true },
      key,
    });
  }
  return out;
}

const TITLE_WORD_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*\s$/u;

/** Where up to two capitalised words right before a head start ("Lord" of "Lord Provost"), or the head itself. */
function titleStart(s: string, head: number): number {
  let at = head;
  for (let k = 0; k < 2; k++) {
    const w = TITLE_WORD_BEFORE.exec(tail(s, at, 24));
    if (!w || /^(?:The|A|An)\s$/u.test(w[0])) break;
    at -= w[0].length;
  }
  return at;
}

/** Does a name start in [from, to]? (`starts` sorted.) */
function nameStartsIn(starts: number[], from: number, to: number): boolean {
  const first = firstTrue(0, starts.length, (k) => starts[k]! >= from);
  return first < starts.length && starts[first]! <= to;
}

/**
 * The one person whose role is this one, or begins with it ("the ambassador" → "Ambassador of Japan …"), from
 * the roles each known person was given. Every word-prefix of every role is indexed once, so a question costs one
 * look-up (each used to compare against every role of every person).
 */
export function roleHolders(rolesByKey: Map<string, string[]>): (role: string) => string | null {
  const holders = new Map<string, Set<string>>();
  for (const [person, roles] of rolesByKey) {
    for (const r of new Set(roles)) {
      // A role asked about is at most REACH characters (its key a few times that, at worst): longer prefixes
      // can never be asked for.
      let prefix = '';
      for (const word of nameKey(r).split(' ')) {
        prefix = prefix ? `${prefix} ${word}` : word;
        if (prefix.length > 4 * REACH) break;
        let set = holders.get(prefix);
        if (!set) holders.set(prefix, (set = new Set()));
        set.add(person);
      }
    }
  }
  return (role) => {
    const hits = holders.get(nameKey(role));
    return hits?.size === 1 ? [...hits][0]! : null;
  };
}
