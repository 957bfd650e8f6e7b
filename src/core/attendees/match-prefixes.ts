/**
 * What a match of a regular expression can begin with: every string of up to `k` characters that some match starts
 * with, read from the pattern's source. Conservative: where the source allows something this reader does not spell
 * out (a class of many letters, `\p{…}`, `.`, a back-reference) the prefix stops there, and a prefix that stops at
 * nothing ('') means "could start anywhere". Lookarounds and anchors take no characters and are read as nothing, so
 * they only ever widen the set. Used to skip the expressions that cannot match in a sentence (cue-prefilter.ts).
 *
 * Covers the syntax the attendee data writes (u-mode JavaScript): literals and escapes, small classes, groups of every
 * kind, alternation, and the quantifiers ?, *, +, {n}, {n,}, {n,m} (lazy or not).
 */

/** Strings that end where the part matched (`open`: later parts continue them) and strings that stop (`closed`). */
interface Prefixes {
  open: Set<string>;
  closed: Set<string>;
}

type Node =
  | { kind: 'chars'; chars: string[] } // one character out of these
  | { kind: 'unknown' } // one or more characters this reader does not spell out
  | { kind: 'empty' } // an assertion: no character
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** The most characters a class may stand for before it counts as unknown. */
const MAX_CLASS = 8;

class Reader {
  at = 0;
  constructor(readonly src: string) {}

  peek(): string | undefined {
    return this.src[this.at];
  }

  /** alternative ( '|' alternative )* */
  alternation(): Node {
    const options: Node[] = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  quantified(node: Node): Node {
    let min = 1;
    let max = 1;
    const c = this.peek();
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error(`unreadable quantifier at ${this.at}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same strings
    return { kind: 'repeat', node, min, max };
  }

  atom(): Node {
    const c = this.src[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') return { kind: 'unknown' };
    if (c === '^' || c === '$') return { kind: 'empty' };
    return { kind: 'chars', chars: [this.astral(c)] };
  }

  /** A surrogate pair read as one character. */
  astral(c: string): string {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.src.length) return c + this.src[this.at++]!;
    return c;
  }

  group(): Node {
    let assertion = false;
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (this.src.startsWith('?=', this.at) || this.src.startsWith('?!', this.at)) [assertion, this.at] = [true, this.at + 2];
    else if (this.src.startsWith('?<=', this.at) || this.src.startsWith('?<!', this.at)) [assertion, this.at] = [true, this.at + 3];
    else if (this.src.startsWith('?<', this.at)) this.at = this.src.indexOf('>', this.at) + 1;
    const inner = this.alternation();
    if (this.src[this.at++] !== ')') throw new Error(`unclosed group before ${this.at}`);
    return assertion ? { kind: 'empty' } : inner;
  }

  charClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let known = !negated;
    while (this.at < this.src.length && this.peek() !== ']') {
      let member = this.src[this.at++]!;
      if (member === '\\') {
        const e = this.escape(true);
        if (e.kind !== 'chars') known = false;
        else chars.push(...e.chars);
        continue;
      }
      member = this.astral(member);
      if (this.peek() === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        let to = this.src[this.at++]!;
        if (to === '\\') {
          const e = this.escape(true);
          if (e.kind !== 'chars' || e.chars.length !== 1) { known = false; continue; }
          to = e.chars[0]!;
        } else to = this.astral(to);
        const from = member.codePointAt(0)!;
        const end = to.codePointAt(0)!;
        if (end - from >= MAX_CLASS) known = false;
        else for (let x = from; x <= end; x++) chars.push(String.fromCodePoint(x));
        continue;
      }
      chars.push(member);
    }
    this.at++; // ]
    return known && chars.length <= MAX_CLASS ? { kind: 'chars', chars } : { kind: 'unknown' };
  }

  escape(inClass: boolean): Node {
    const c = this.src[this.at++]!;
    const one = (ch: string): Node => ({ kind: 'chars', chars: [ch] });
    if (c === 'p' || c === 'P') {
      this.at = this.src.indexOf('}', this.at) + 1;
      return { kind: 'unknown' };
    }
    if ('sSdDwW'.includes(c)) return { kind: 'unknown' };
    if (c === 'b' || c === 'B') return inClass ? one('\b') : { kind: 'empty' };
    if (c === 'k') {
      this.at = this.src.indexOf('>', this.at) + 1;
      return { kind: 'unknown' };
    }
    if (/[1-9]/.test(c)) return { kind: 'unknown' };
    if (c === 'u') {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.at));
      if (braced) {
        this.at += braced[0].length;
        return one(String.fromCodePoint(parseInt(braced[1]!, 16)));
      }
      const hex = this.src.slice(this.at, this.at + 4);
      this.at += 4;
      return one(String.fromCharCode(parseInt(hex, 16)));
    }
    if (c === 'x') {
      const hex = this.src.slice(this.at, this.at + 2);
      this.at += 2;
      return one(String.fromCharCode(parseInt(hex, 16)));
    }
    const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c === 'c') return { kind: 'unknown' };
    return one(named[c] ?? c);
  }
}

/** Prefixes past this many in one part: the part counts as unknown (its expression always runs). */
const MAX_PREFIXES = 2000;

function prefixesOf(node: Node, k: number): Prefixes {
  switch (node.kind) {
    case 'chars': {
      const out: Prefixes = { open: new Set(), closed: new Set() };
      for (const ch of node.chars) (ch.length >= k ? out.closed : out.open).add(ch.slice(0, k));
      return out;
    }
    case 'unknown':
      return { open: new Set(), closed: new Set(['']) };
    case 'empty':
      return { open: new Set(['']), closed: new Set() };
    case 'alt': {
      const out: Prefixes = { open: new Set(), closed: new Set() };
      for (const option of node.options) {
        const p = prefixesOf(option, k);
        for (const s of p.open) out.open.add(s);
        for (const s of p.closed) out.closed.add(s);
      }
      return capped(out);
    }
    case 'seq': {
      let cur: Prefixes = { open: new Set(['']), closed: new Set() };
      for (const item of node.items) {
        if (cur.open.size === 0) break;
        cur = then(cur, prefixesOf(item, k), k);
      }
      return cur;
    }
    case 'repeat': {
      const once = prefixesOf(node.node, k);
      const optional: Prefixes = { open: new Set([...once.open, '']), closed: once.closed };
      let cur: Prefixes = { open: new Set(['']), closed: new Set() };
      // k copies at most: a prefix of k characters is reached by then, each copy taking one character or more,
      // or none of them continuing (an empty-only part, such as an assertion, adds nothing).
      const copies = Math.min(node.max, Math.max(node.min, k));
      for (let i = 0; i < copies && cur.open.size > 0; i++) cur = then(cur, i < node.min ? once : optional, k);
      return cur;
    }
  }
}

/** `a` followed by `b`. */
function then(a: Prefixes, b: Prefixes, k: number): Prefixes {
  const out: Prefixes = { open: new Set(), closed: new Set(a.closed) };
  for (const s of a.open) {
    for (const t of b.closed) out.closed.add((s + t).slice(0, k));
    for (const t of b.open) {
      const joined = s + t;
      (joined.length >= k ? out.closed : out.open).add(joined.slice(0, k));
    }
  }
  return capped(out);
}

function capped(p: Prefixes): Prefixes {
  return p.open.size + p.closed.size > MAX_PREFIXES ? { open: new Set(), closed: new Set(['']) } : p;
}

/**
 * The strings (each at most `k` UTF-16 units) one of which opens every match of `source`; [''] when a match could
 * open with anything. A prefix shorter than `k` is a whole match or stops where the reader stopped.
 */
export function matchPrefixes(source: string, k: number): string[] {
  const reader = new Reader(source);
  const node = reader.alternation();
  if (reader.at !== source.length) throw new Error(`unread pattern from ${reader.at}: ${source.slice(reader.at, reader.at + 20)}`);
  const p = prefixesOf(node, k);
  const all = new Set([...p.open, ...p.closed]);
  return all.has('') ? [''] : [...all];
}
