/**
 * Article HTML re-serialised through an allowlist, without a DOM, for the HTML and Markdown exports. `html` is
 * sanitised upstream (DOMPurify), but an export file outlives the extension and is opened anywhere, so it is
 * treated as untrusted: every tag and attribute written here is one this module emits itself, every `<` in text
 * is escaped, so nothing in the input can become markup the parser here did not see. Unknown tags are unwrapped
 * (their text kept); scripts, styles, frames and forms go with their content; links and images pass cleanUrl.
 * Formulas keep the presentation MathML of page/mathml-allowlist.ts.
 */
import { cleanUrl } from './clean-url';
import { escapeHtml } from './escape-html';
import { MATHML_ELEMENTS, MATH_ATTRIBUTES } from '../page/mathml-allowlist';

const ALLOWED = new Set(
  ('p br hr h1 h2 h3 h4 h5 h6 a img figure figcaption picture ul ol li dl dt dd blockquote q cite em strong b i u ' +
    's del ins sub sup small mark abbr code pre kbd samp var table caption thead tbody tfoot tr th td div section ' +
    'article header footer aside main span time address details summary')
    .split(' ')
    .concat(MATHML_ELEMENTS),
);
const VOID = new Set(['br', 'hr', 'img']);
/** Dropped with everything inside them (raw-text elements, active content, forms, foreign markup). Void
 * elements (embed, input, link, meta, base) must not be here: they have no end tag to stop at. */
const DROP_WITH_CONTENT = new Set(
  ('script style template iframe frameset object applet noscript noembed noframes textarea title ' +
    'select button form svg head xmp plaintext audio video canvas dialog annotation annotation-xml')
    .split(' '),
);
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  time: ['datetime'],
  abbr: ['title'],
  code: ['class'],
  ...Object.fromEntries(MATHML_ELEMENTS.map((tag) => [tag, tag === 'math' ? [...Object.keys(MATH_ATTRIBUTES), 'alttext'] : Object.keys(MATH_ATTRIBUTES)])),
};
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'id'];
/** Ids kept: footnotes' and their references' (the links between them), nothing that names a DOM property. */
const FOOTNOTE_ID = /^fn(?:ref)?-\d{1,4}(?:-\d{1,3})?$/;
/** A link between a footnote and its reference: kept as the fragment it is (cleanUrl drops fragment-only links). */
const FOOTNOTE_HREF = /^#fn(?:ref)?-\d{1,4}$/;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Enough entity decoding for attribute values (URLs, alt text); unknown named entities stay as written. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Text between tags: entities kept as written, everything else that HTML treats specially escaped. */
function escapeText(text: string): string {
  return text
    .replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const re = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const name = m[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** Tracking pixels and spacers: images declared at most 2px in either dimension. */
function isPixel(attributes: Map<string, string>): boolean {
  return ['width', 'height'].some((dim) => {
    const n = Number.parseFloat(attributes.get(dim) ?? '');
    return Number.isFinite(n) && n <= 2;
  });
}

/** The opening tag to write, or null to unwrap the element (keep its content, drop the tag). */
function openTag(tag: string, attributes: Map<string, string>, base: string | null): string | null {
  const out: string[] = [];
  for (const name of [...(ATTRIBUTES[tag] ?? []), ...GLOBAL_ATTRIBUTES]) {
    let value = attributes.get(name);
    if (value === undefined) continue;
    if (name === 'id' && !FOOTNOTE_ID.test(value)) continue;
    if (name === 'href' && FOOTNOTE_HREF.test(value)) {
      out.push(` href="${value}"`);
      continue;
    }
    if (name === 'href' || name === 'src') {
      const url = cleanUrl(value, base, name === 'src' ? 'image' : 'link');
      if (!url) continue;
      value = url;
    } else if (name === 'dir' && !/^(?:ltr|rtl|auto)$/i.test(value)) {
      continue;
    } else if (/^(?:width|height|colspan|rowspan|start)$/.test(name) && !/^\d{1,5}$/.test(value.trim())) {
      continue;
    } else if (name === 'class' && !/^language-[a-z0-9][a-z0-9+#._-]{0,30}$/.test(value)) {
      continue;
    } else if (MATHML_ELEMENTS.includes(tag) && name in MATH_ATTRIBUTES && !MATH_ATTRIBUTES[name].test(value.trim())) {
      continue;
    }
    out.push(` ${name}="${escapeHtml(value)}"`);
  }
  if (tag === 'img' && (!out.some((a) => a.startsWith(' src=')) || isPixel(attributes))) return null;
  if (tag === 'a') {
    if (!out.some((a) => a.startsWith(' href='))) return null;
    out.push(' rel="noopener noreferrer"');
  }
  return `<${tag}${out.join('')}>`;
}

// Sticky (y): matched in place at each `<`, so a long page is not copied once per tag. A tag stops at the next
// unquoted `<` (serialised HTML never has one inside a tag): "<a<a<a…" without a `>` was read to the end from
// every `<` (quadratic).
const START_TAG_RE = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/y;
const END_TAG_RE = /<\/([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/y;

function matchAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** `html` reduced to allowlisted elements and attributes, well-formed, with URLs resolved against `base`. */
export function safeHtml(html: string, base: string | null): string {
  const out: string[] = [];
  /** Open elements: the tag and whether its opening tag was written (unwrapped ones write no closing tag). */
  const stack: { tag: string; written: boolean }[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(escapeText(html.slice(i)));
      break;
    }
    if (lt > i) out.push(escapeText(html.slice(i, lt)));
    const rest = html.slice(lt, lt + 4);
    if (rest.startsWith('<!--')) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (rest.startsWith('<!') || rest.startsWith('<?')) {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const end = matchAt(END_TAG_RE, html, lt);
    if (end) {
      i = lt + end[0].length;
      const tag = end[1].toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at === -1) continue;
      for (const open of stack.splice(at).reverse()) if (open.written) out.push(`</${open.tag}>`);
      continue;
    }
    const start = matchAt(START_TAG_RE, html, lt);
    if (!start) {
      out.push('&lt;');
      i = lt + 1;
      continue;
    }
    i = lt + start[0].length;
    const tag = start[1].toLowerCase();
    if (DROP_WITH_CONTENT.has(tag)) {
      if (/\/\s*$/.test(start[2])) continue;
      const closeRe = new RegExp(`</${tag}(?=[\\s/>])[^>]*>`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      i = close ? close.index + close[0].length : html.length;
      continue;
    }
    if (!ALLOWED.has(tag)) continue;
    const open = openTag(tag, parseAttributes(start[2]), base);
    if (open) out.push(open);
    if (!VOID.has(tag)) stack.push({ tag, written: open !== null });
  }
  for (const open of stack.reverse()) if (open.written) out.push(`</${open.tag}>`);
  return out.join('');
}
