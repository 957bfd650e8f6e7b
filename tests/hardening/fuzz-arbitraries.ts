/** fast-check generators of hostile-ish documents, shared by tests/hardening/fuzz.test.ts and scripts/fuzz.ts. */
import fc from 'fast-check';

const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'br', 'figure', 'figcaption', 'article',
  'section', 'blockquote', 'pre', 'b', 'i', 'script', 'style', 'iframe', 'svg', 'math', 'mtext', 'mglyph', 'template',
  'noscript', 'form', 'input', 'button', 'object', 'embed', 'base', 'meta', 'select', 'textarea', 'xmp', 'frameset',
];
const ATTRS = ['href', 'src', 'srcset', 'class', 'id', 'name', 'style', 'onclick', 'onerror', 'onload', 'formaction', 'action', 'xlink:href', 'srcdoc', 'data', 'dir', 'lang', 'width'];
const URLS = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'https://ok.example/a', '/relative', '#frag', 'mailto:a@b.example', '&#106;avascript:alert(1)', '', 'http://[::1', '%00',
];
const TEXT_PIECES = [
  '{{comment.body}}', '${x}', '{', '}', '😀👩‍👩‍👧', 'مرحبا بالعالم', 'שלום', 'e\u0301\u0302\u0303', '\u202e', '\u200b', '\u0000', '<', '&amp;',
  '&lt;script&gt;', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Phó Bí thư Tỉnh ủy chủ trì hội nghị.', '\n', '  ',
];

export const textArb = fc.array(fc.oneof(fc.constantFrom(...TEXT_PIECES), fc.string({ maxLength: 12 })), { maxLength: 5 }).map((a) => a.join(' '));

const escapeAttr = (v: string) => v.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');
const escapeText = (v: string) => v.replace(/</g, '&lt;');

const attrArb = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...URLS), textArb, fc.constant("alert('x')")))
  .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`);

/** A random element tree serialised as HTML (small: depth <= 4, a few children each). */
export const treeArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map(escapeText),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attrArb, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs.join('')}>${children.join('')}</${tag}>`),
  ),
})).node;

/** A whole page: a head with random metadata and a body of random trees, sometimes around real paragraphs. */
export const pageArb: fc.Arbitrary<string> = fc
  .tuple(textArb, fc.array(treeArb, { maxLength: 6 }), fc.boolean(), fc.constantFrom('ltr', 'rtl', 'x'))
  .map(([title, trees, prose, dir]) => {
    const paragraphs = prose ? Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the council met again and the budget for the library was discussed at length by everyone present.</p>`) : [];
    const body = trees.flatMap((t, i) => [t, paragraphs[i] ?? '']).join('') + paragraphs.slice(trees.length).join('');
    return `<!doctype html><html dir="${dir}"><head><title>${escapeText(title)}</title><meta property="og:title" content="${escapeAttr(title)}"></head><body><article>${body}</article></body></html>`;
  });

/** Anything at all as a document: random strings, random markup soup. */
export const soupArb: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.oneof(fc.constantFrom('<', '>', '</', '<p>', '<svg>', '<math>', '<!--', '-->', '<![CDATA[', '"', "'", '=', 'on', 'x'), textArb), { maxLength: 30 }).map((a) => a.join('')));
