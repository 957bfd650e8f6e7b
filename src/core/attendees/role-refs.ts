import type { CompiledCues } from './compile';
import { nameKey } from './merge';
import { type NameSpan, tail } from './names';

const PUNCT = /[,;:.()“”"]/u;

/**
 * Roles standing for a person named elsewhere in the article ("đồng chí Phó Bí thư Thường trực Tỉnh ủy đề
 * nghị …", "the mayor said"): each becomes a one-word-like span resolved to the one person holding that role.
 * `rolesByKey` lists the roles each known person was given.
 */
export function findRoleRefs(
  s: string, names: NameSpan[], rolesByKey: Map<string, string[]>, cc: CompiledCues,
): { span: NameSpan; key: string }[] {
  const out: { span: NameSpan; key: string }[] = [];
  for (const m of s.matchAll(cc.roleHead)) {
    const opener = cc.roleRefOpenerBefore.exec(tail(s, m.index, 24));
    if (!opener) continue;
    const rest = s.slice(m.index);
    const stop = cc.roleStop.exec(rest);
    const punct = rest.search(PUNCT);
    const cut = Math.min(stop ? stop.index : rest.length, punct < 0 ? rest.length : punct);
    const role = rest.slice(0, cut).trim();
    const end = m.index + role.length;
    if (!role || names.some((n) => n.start >= m.index && n.start <= end + 1)) continue;
    const key = holderOf(role, rolesByKey);
    if (!key) continue;
    const lead = m.index - (tail(s, m.index, 24).length - opener.index);
    out.push({
      span: { start: m.index, end, lead, name: role, tokens: [role], short: true, honorific: true, strong: true, roleRef: true },
      key,
    });
  }
  return out;
}

/** The one person whose role is this one, or begins with it ("the ambassador" → "Ambassador of Japan …"). */
function holderOf(role: string, rolesByKey: Map<string, string[]>): string | null {
  const want = nameKey(role);
  const hits = [...rolesByKey].filter(([, roles]) =>
    roles.some((r) => {
      const have = nameKey(r);
      return have === want || have.startsWith(`${want} `);
    }));
  return hits.length === 1 ? hits[0]![0] : null;
}
