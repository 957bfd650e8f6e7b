import type { Attendee, AttendeePart } from '../article';
import type { Mention } from './mentions';
import type { Assignment } from './parts';

const PART_ORDER: AttendeePart[] = ['chair', 'attendee', 'speaker'];

// Old and new Vietnamese tone placement ("Hoá"/"Hóa", "Thuỷ"/"Thủy") name the same person.
const TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_TONE = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}])/gu;

/** A nickname in quotes inside a name ("Ramon “Monching” Villaroel"): the same person as the name without it. */
const NICKNAME = / ?[“"‘][^“”"‘’]{1,30}[”"’]/gu;
const QUOTE = /[“"‘]/u;

/** The key under which mentions of one person are merged. */
export function nameKey(name: string): string {
  const bare = QUOTE.test(name) ? name.replace(NICKNAME, '') : name;
  const k = bare.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return k.replace(OLD_TONE, (m) => TONE_PLACEMENT[m] ?? m);
}

/**
 * Resolves one-word (or few-word) references to the one known full name ending in those words ("Okafor",
 * "van Aalst", "ông Trí"). Every proper tail of every known name is indexed once, so each reference costs one
 * look-up (each used to compare against every known name: quadratic in a page of thousands of names).
 */
export function shortNames(
  known: Map<string, string[]>, middleWords = false,
): (tokens: string[], given?: boolean) => string | null {
  const byTail = new Map<string, Set<string>>();
  const add = (k: string, key: string): void => {
    let set = byTail.get(k);
    if (!set) byTail.set(k, (set = new Set()));
    set.add(key);
  };
  for (const [key, words] of known) {
    const w = words.map((x) => nameKey(x));
    for (let n = 1; n < w.length; n++) {
      add(`${n}\u0000${w.slice(-n).join(' ')}`, key);
      // "Nor Azlina" for "Nor Azlina Yusof": two or more leading words too (one is too often a shared given name).
      if (n >= 2) add(`${n}\u0000${w.slice(0, n).join(' ')}`, key);
    }
    // "Fuentes" for "Alejandra Fuentes Moya": the middle word of three, a first family name (given-name-first
    // languages only: a Vietnamese middle name, "Văn", "Minh", is no reference).
    if (middleWords && w.length === 3) add(`1\u0000${w[1]}`, key);
    // "Mr Phouvong" for "Phouvong Sisouphanh": a given name after an honorific, asked for separately.
    if (w.length >= 2) add(`given\u0000${w[0]}`, key);
  }
  return (tokens, given = false) => {
    const tail = tokens.map((t) => nameKey(t)).join(' ');
    const hits = [...(byTail.get(`${tokens.length}\u0000${tail}`) ?? [])].filter((key) => key !== tail);
    if (hits.length === 1) return hits[0]!;
    if (!given || tokens.length !== 1 || hits.length) return null;
    const first = [...(byTail.get(`given\u0000${tail}`) ?? [])];
    return first.length === 1 ? first[0]! : null;
  };
}

export interface PersonMentions {
  key: string;
  mentions: Mention[];
}

/**
 * One entry per person: the fullest role list any mention gives, every part any cue gives (a chair is not
 * also listed as attendee), and the sentences behind them. People reported absent are left out.
 */
export function mergePeople(
  keyOf: (m: Mention) => string | null,
  allMentions: Mention[],
  assignments: Assignment[],
  sentences: string[],
  chairRole: RegExp = /(?!)/u,
): Attendee[] {
  const byKey = new Map<string, { name: string; first: number; mentions: Mention[]; parts: Set<string>;
    evidence: Set<number>; absent: boolean; addressed: Set<number> }>();
  const entry = (m: Mention) => {
    const key = keyOf(m);
    if (!key) return null;
    let e = byKey.get(key);
    if (!e) {
      e = { name: '', first: Infinity, mentions: [], parts: new Set(), evidence: new Set(), absent: false,
        addressed: new Set() };
      byKey.set(key, e);
    }
    // The fullest form the article gives ("Ramon “Monching” Villaroel" over a later "Ramon Villaroel").
    if (!m.span.short && m.span.name.length > e.name.length && !m.span.roleRef) e.name = m.span.name;
    // A person the report names by title and surname only ("Councillor Gruen") keeps that one word.
    else if (m.span.short && !e.name && !m.span.roleRef) e.name = m.span.name;
    e.first = Math.min(e.first, m.sentence * 10000 + m.start);
    return e;
  };
  for (const m of allMentions) entry(m)?.mentions.push(m);
  for (const a of assignments) {
    const e = entry(a.mention);
    if (!e) continue;
    if (a.part === 'absent') e.absent = true;
    else if (a.addressed) e.addressed.add(a.mention.sentence);
    else {
      e.parts.add(a.part);
      e.evidence.add(a.mention.sentence);
    }
  }
  // Spoken to and given no other part: present ("the Speaker rebuked the chancellor, X").
  for (const e of byKey.values()) {
    if (e.parts.size || !e.addressed.size) continue;
    e.parts.add('attendee');
    for (const i of e.addressed) e.evidence.add(i);
  }
  const people = [...byKey.values()].filter((e) => e.parts.size > 0 && !e.absent);
  // "Committee chair X opened the hearing": a chairing role makes its holder, present, the chair.
  for (const e of people) if (e.mentions.some((m) => m.roles.some((r) => chairRole.test(r)))) e.parts.add('chair');
  const rank = (e: (typeof people)[number]) => (e.parts.has('chair') ? 0 : 1);
  people.sort((a, b) => rank(a) - rank(b) || a.first - b.first);
  return people.map((e) => {
    const best = fullestRoles(e.mentions);
    if (best) e.evidence.add(best.sentence);
    const parts = PART_ORDER.filter((p) => e.parts.has(p) && !(p === 'attendee' && e.parts.has('chair')));
    return {
      name: e.name,
      roles: best ? best.roles : [],
      parts,
      // Captions may be passed twice (figure and image caption): the same sentence counts once.
      evidence: [...new Set([...e.evidence].sort((a, b) => a - b).map((i) => sentences[i]!))],
    };
  });
}

/** Most roles first, then the longest wording. */
function fullestRoles(mentions: Mention[]): Mention | null {
  let best: Mention | null = null;
  const size = (m: Mention) => m.roles.join(', ').length;
  for (const m of mentions) {
    if (!m.roles.length) continue;
    if (!best || m.roles.length > best.roles.length || (m.roles.length === best.roles.length && size(m) > size(best))) {
      best = m;
    }
  }
  return best;
}
