/**
 * `indexQuery`: the selector queries of page-query.ts answered from one walk's tag index (page-index.ts), with a
 * matcher for the small selector grammar the core uses: type, `.class`, `[attr]`, `[attr="v"]`, `[attr*="v"]`
 * (also ^= $= ~=, with the `i` flag), compounds of those, descendant combinators and comma lists. Anything else
 * throws, so a new selector cannot silently match differently; tests/core/page-query.test.ts checks both answers
 * agree on real pages. In linkedom these queries used to cost a third of a Readability run.
 */
import type { PageIndex } from './page-index';
import type { PageQuery } from './page-query';

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
  caseless: boolean;
}
interface Compound {
  tag: string | null;
  classes: string[];
  attrs: AttrTest[];
}
/** Compounds right to left: [subject, its ancestor, that one's ancestor, …]. */
type Complex = Compound[];

/**
 * Attributes whose values HTML matches case-insensitively in selectors (HTML Standard, "case-sensitivity of
 * selectors"), as browsers and css-select do.
 */
const CASELESS_ATTRS = new Set(
  ('accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir ' +
    'direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref ' +
    'noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign ' +
    'valuetype vlink').split(' '),
);

const IDENT = '[A-Za-z_][\\w-]*';
const ATTR = new RegExp(`^\\[\\s*(${IDENT}(?::${IDENT})?)\\s*(?:([*^$~]?=)\\s*"([^"]*)"\\s*(i)?\\s*)?\\]`);
const TAG = new RegExp(`^(${IDENT}|\\*)`);
const CLASS = new RegExp(`^\\.(${IDENT})`);

const parsed = new Map<string, Complex[]>();

export function parseSelector(selector: string): Complex[] {
  const hit = parsed.get(selector);
  if (hit) return hit;
  const list = splitOutsideBrackets(selector, ',').map((part) => {
    const compounds = splitOutsideBrackets(part.trim(), ' ').filter(Boolean).map((c) => parseCompound(c, selector));
    if (compounds.length === 0) throw new Error(`unsupported selector: ${selector}`);
    return compounds.reverse();
  });
  parsed.set(selector, list);
  return list;
}

/** Splits at `sep` (a comma, or any whitespace for ' ') outside [...] and "...". */
function splitOutsideBrackets(text: string, sep: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') depth++;
    else if (!quoted && ch === ']') depth--;
    else if (!quoted && depth === 0 && (sep === ',' ? ch === ',' : /\s/.test(ch))) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseCompound(text: string, selector: string): Compound {
  const compound: Compound = { tag: null, classes: [], attrs: [] };
  let rest = text;
  const tag = TAG.exec(rest);
  if (tag) {
    if (tag[1] !== '*') compound.tag = tag[1].toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    const cls = CLASS.exec(rest);
    if (cls) {
      compound.classes.push(cls[1]);
      rest = rest.slice(cls[0].length);
      continue;
    }
    const attr = ATTR.exec(rest);
    if (!attr) throw new Error(`unsupported selector: ${selector}`);
    const name = attr[1].toLowerCase();
    compound.attrs.push({
      name,
      op: (attr[2] ?? '') as AttrTest['op'],
      value: attr[3] ?? '',
      caseless: attr[4] === 'i' || CASELESS_ATTRS.has(name),
    });
    rest = rest.slice(attr[0].length);
  }
  return compound;
}

/**
 * An attribute's value through getAttributeNode: the same value as getAttribute, without the class-list object
 * linkedom builds for every getAttribute('class').
 */
function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

function attrMatches(el: Element, test: AttrTest): boolean {
  const raw = attr(el, test.name);
  if (raw === null) return false;
  if (test.op === '') return true;
  const value = test.caseless ? raw.toLowerCase() : raw;
  const want = test.caseless ? test.value.toLowerCase() : test.value;
  switch (test.op) {
    case '=':
      return value === want;
    case '*=':
      return want !== '' && value.includes(want);
    case '^=':
      return want !== '' && value.startsWith(want);
    case '$=':
      return want !== '' && value.endsWith(want);
    case '~=':
      return want !== '' && !/\s/.test(want) && value.split(/[\t\n\f\r ]+/).includes(want);
  }
}

function compoundMatches(el: Element, tag: string, c: Compound): boolean {
  if (c.tag !== null && tag !== c.tag) return false;
  if (c.classes.length > 0) {
    const raw = attr(el, 'class');
    // The substring test first: most elements' classes do not even contain the name.
    if (raw === null || !c.classes.every((x) => raw.includes(x))) return false;
    const classes = raw.split(/[\t\n\f\r ]+/);
    if (!c.classes.every((x) => classes.includes(x))) return false;
  }
  return c.attrs.every((a) => attrMatches(el, a));
}

/**
 * Selector queries answered from a page index; the index must describe the document as it is now (attribute
 * values are read live, the tree shape is the index's).
 *
 * A complex selector is matched outside in: the positions of the outermost compound's elements mark their subtrees
 * (a position range each, from the index), the next compound is matched only inside those ranges and marks its
 * own, and so on to the subject. Linear in the page for each compound, with no ancestor walks.
 */
export function indexQuery(index: PageIndex): PageQuery {
  const { elements, tags, ends, byTag } = index;
  const everyPosition = (): number[] => elements.map((_, i) => i);

  const positionsOf = (c: Compound, inside: Uint8Array | null): number[] => {
    const candidates = c.tag === null ? everyPosition() : (byTag.get(c.tag) ?? []);
    return candidates.filter((i) => (!inside || inside[i] === 1) && compoundMatches(elements[i], tags[i], c));
  };

  const matchComplex = (complex: Complex): number[] => {
    let inside: Uint8Array | null = null;
    for (let k = complex.length - 1; k >= 1; k--) {
      const marked = new Uint8Array(elements.length);
      let coveredTo = -1;
      for (const i of positionsOf(complex[k], inside)) {
        // Ranges nest or are disjoint, and come in document order: mark only past what is already marked.
        for (let j = Math.max(i + 1, coveredTo + 1); j <= ends[i]; j++) marked[j] = 1;
        coveredTo = Math.max(coveredTo, ends[i]);
      }
      inside = marked;
    }
    return positionsOf(complex[0], inside);
  };

  const matchAll = (selector: string): number[] => {
    const list = parseSelector(selector);
    if (list.length === 1) return matchComplex(list[0]);
    const found = new Set<number>();
    for (const complex of list) for (const i of matchComplex(complex)) found.add(i);
    return [...found].sort((a, b) => a - b);
  };

  return {
    all: (selector) => matchAll(selector).map((i) => elements[i]),
    one(selector) {
      const first = matchAll(selector)[0];
      return first === undefined ? null : elements[first];
    },
    count: (selector) => matchAll(selector).length,
  };
}
