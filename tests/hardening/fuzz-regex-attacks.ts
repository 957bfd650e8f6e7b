/**
 * Adversarial text for one regular expression, derived from its own source: long runs of the characters each
 * quantified part accepts (then a character that makes the match fail), the literal words of its alternatives
 * repeated back to back (overlapping alternations), pairs of its repeated characters (nested or adjacent
 * quantifiers), and a fixed set of classic attacks every regex gets (punctuation and whitespace runs, unclosed
 * braces and templates, long words, Vietnamese diacritics, composed and decomposed). Used by
 * tests/hardening/regex-growth.test.ts.
 */

export interface Attack {
  name: string;
  /** Text of about n characters (never less): prefix, then the unit repeated, then the suffix. */
  make: (n: number) => string;
}

const attack = (name: string, unit: string, prefix = '', suffix = ''): Attack => ({
  name,
  make: (n) => prefix + unit.repeat(Math.max(1, Math.ceil((n - prefix.length - suffix.length) / unit.length))) + suffix,
});

/**
 * Characters that stand for the classes core patterns use: letters (ASCII, Vietnamese precomposed, a bare
 * combining mark), digits, every kind of space, the punctuation of sentences, quotes, brackets, templates and
 * markup, and a control character.
 */
export const PROBES = [
  'a', 'Z', 'đ', 'Đ', 'ễ', 'Ư', '\u0301', '7', '_', ' ', '\t', '\n', '\u00a0', '\u200b', '\u2028', '.', ',', ';',
  ':', '!', '?', '…', '"', "'", '“', '”', '‘', '’', '«', '(', ')', '[', ']', '{', '}', '<', '>', '/', '\\', '-',
  '–', '—', '|', '&', '#', '%', '$', '*', '+', '=', '@', '^', '~', '`', '·', '•', '\u0001',
];

/** What ends a run so that the match fails at its far end and the engine backtracks. */
const ENDINGS = ['\u0001', '!', 'x', ' '];

/** Attacks every regex gets, whatever it says. */
const GENERIC: Attack[] = [
  ...PROBES.map((c) => attack(`run of ${JSON.stringify(c)}`, c)),
  ...PROBES.map((c) => attack(`run of ${JSON.stringify(c)} then \\u0001`, c, '', '\u0001')),
  ...[
    'a ', 'a.', '. ', '.a', 'A ', 'Aa ', 'A. ', 'a-', "a'", '1.', '1,', ', ', ' ,', ': ', ' :', '; ', '.!?', '?! ',
    '.. ', '… ', ' - ', '--', '—a', '\t ', '\u00a0 ', ' \n', '\n\n', '((', '(a', '))', '[[', '[a', '{{', '{a',
    '}}', '${', '{%', '<%', '%>', '</', '<a', '</a>', '<a b="c">', '{{a}}', '<!--', '&#', '&a', '\\\\', '" ', '“a', 'a”', '« ', "''", '//', 'a/',
    'e\u0301', 'ễ ', 'Nguyễn ', 'Nguyễn Văn ', 'đồng chí ', 'Ông ', 'Mr. ', 'Dr. ', 'U.S. ', 'Sen. ', 'TP. ',
    'The ', 'and ', 'và ', 'said, ', 'www.', 'http://', 'a@', '@a', '#a', '·a', '• ', '| ', '1 ', '12:', '2024-',
  ].map((u) => attack(`run of ${JSON.stringify(u)}`, u)),
  attack('one long word', 'abcdefghij'),
  attack('one long Vietnamese word', 'nghiễngườiđồng'),
  attack('decomposed Vietnamese', 'nghie\u0302\u0303ng ')
];

/** The quantified atoms of a pattern (a character, an escape or a class followed by *, +, ? or {…}). */
function quantifiedAtoms(source: string): string[] {
  const atoms: string[] = [];
  let i = 0;
  while (i < source.length) {
    let atom = '';
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/su.exec(source.slice(i));
      atom = m ? m[0] : c;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atom = source.slice(i, j + 1);
    } else {
      atom = c;
    }
    i += atom.length;
    if (/^[*+?{]/.test(source.slice(i)) && !/^[()|^$]$/.test(atom)) atoms.push(atom);
  }
  return [...new Set(atoms)];
}

/** Up to `max` probe characters an atom accepts, the first of each kind. */
function samplesOf(atom: string, flags: string, max = 3): string[] {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, ''));
  } catch {
    return [];
  }
  return PROBES.filter((p) => re.test(p)).slice(0, max);
}

/** Literal words of the pattern (the alternatives of a cue list, "chaired by", "đồng chí"). */
function literalWords(source: string, max = 6): string[] {
  const plain = source.replace(/\\[pPu]\{[^}]*\}|\\./gu, ' ').replace(/\[[^\]]*\]/gu, ' ');
  const words = plain.split(/[()|?:*+{}^$,=<>!\d]+/u).map((w) => w.trim()).filter((w) => /\p{L}{2}/u.test(w));
  const unique = [...new Set(words)];
  // Spread over the list: the first, the longest and some in between, so big alternations are sampled evenly.
  const byLength = [...unique].sort((a, b) => b.length - a.length);
  const pick = new Set([...unique.slice(0, 2), ...byLength.slice(0, 2)]);
  for (let k = 1; pick.size < max && k < unique.length; k += Math.max(1, Math.floor(unique.length / max))) pick.add(unique[k]!);
  return [...pick].slice(0, max);
}

/** The attacks for one regex: its own (from its source) and the generic ones. */
export function attacksFor(re: RegExp): Attack[] {
  const out: Attack[] = [];
  const samples = [...new Set(quantifiedAtoms(re.source).flatMap((a) => samplesOf(a, re.flags)))].slice(0, 8);
  const words = literalWords(re.source);
  for (const c of samples) {
    for (const end of ENDINGS) out.push(attack(`run of ${JSON.stringify(c)} then ${JSON.stringify(end)}`, c, '', end));
    // Not at the start of the text, where a "^…" alternative would take the whole run at once.
    out.push(attack(`run of ${JSON.stringify(c)} inside other text`, c, 'x\u0001', '\u0001'));
    for (const w of words) {
      out.push(attack(`${JSON.stringify(w)} then a run of ${JSON.stringify(c)}`, c, w, '\u0001'));
      out.push(attack(`a run of ${JSON.stringify(c)} then ${JSON.stringify(w)}`, c, '', `${w}\u0001`));
    }
  }
  for (const a of samples) for (const b of samples) if (a !== b) out.push(attack(`run of ${JSON.stringify(a + b)}`, a + b));
  for (const w of words) {
    out.push(attack(`${JSON.stringify(w)} repeated`, w));
    out.push(attack(`${JSON.stringify(w)} repeated with spaces`, `${w} `));
    out.push(attack(`${JSON.stringify(w)} repeated with commas`, `${w}, `));
    // A "….*$" tried from each word reads to the line break and fails there: quadratic in a long line.
    out.push(attack(`${JSON.stringify(w)} repeated, then a line break`, `${w} `, '', '\nx'));
    out.push(attack(`${JSON.stringify(w)}, capitalised, repeated`, `${w.charAt(0).toUpperCase()}${w.slice(1)} `));
    for (const v of words) if (v !== w) out.push(attack(`${JSON.stringify(w + v)} repeated`, `${w}${v}`));
  }
  // Texts the pattern matches (its words followed by each probe, or found in the attacks above), repeated on one
  // long line that ends in a line break: a ".*$" tried from each of them reads to the break and fails there.
  const witnesses = new Set<string>();
  const first = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const candidates = [...words.flatMap((w) => PROBES.map((p) => `${w}${p}x`)), ...[...out, ...GENERIC].map((a) => a.make(64))];
  for (const text of candidates) {
    if (witnesses.size >= 4) break;
    const m = first.exec(text);
    if (m && m[0].length > 0 && m[0].length <= 80 && !m[0].includes('\n')) witnesses.add(m[0]);
  }
  for (const w of witnesses) {
    out.push(attack(`a match (${JSON.stringify(w)}) repeated, then a line break`, w, '', '\nx'));
    out.push(attack(`a match (${JSON.stringify(w)}) repeated with spaces, then a line break`, `${w} `, '', '\nx'));
    // Unclosed: the match without its last character ("</a" of "</a>", "{{x" of "{{x}}"), which each start reads
    // to the end looking for the close.
    if (w.length > 1) out.push(attack(`a match cut short (${JSON.stringify(w.slice(0, -1))}) repeated`, w.slice(0, -1)));
  }
  return [...out, ...GENERIC];
}
