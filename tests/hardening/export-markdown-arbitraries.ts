/**
 * fast-check generators of article HTML made of the pieces that form Markdown syntax (fence runs at any indent,
 * brackets, parentheses, entities, "<", backslashes, line starts, pipes, control characters and the exporter's own
 * code-span markers), inside the elements whose Markdown wraps or prefixes their content. Shared by
 * export-markdown-property.test.ts and longer runs from a script.
 */
import fc from 'fast-check';

/** Pieces of text that are, or help to form, Markdown or HTML syntax. */
const PIECES = [
  '`', '``', '```', '````', '~', '~~~', '\n```', '\n  ```', '\n   ~~~', '\n', '\n\n', '\r', '\r\n', ' ', '   ', '\t',
  '<', '>', '</', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<javascript:alert(1)>', '<!--', '-->',
  '[', ']', '(', ')', '](', '[c](javascript:alert(1))', '![c](data:text/html,x)', '[c]: javascript:alert(1)',
  '&', '&#106;', '&#x6A;avascript:', '&lt;', '&amp;', '&#91;', '\\', '\\\\', '*', '_', '**', '!', '|', '#', '- ',
  '1. ', '> ', '===', '---', 'javascript:', 'data:', 'vbscript:', 'https://example.org/', 'www.example.org',
  '\u0000', '\u001b]52;c;SGVsbG8=\u0007', '\u009b', '\u2028', '\ufdd0', '\ufdd1', '\ufdd00\ufdd1', 'text', 'Lời dẫn',
];

export const textArb = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 8 }).map((a) => a.join(''));

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

const urlArb = fc.oneof(
  fc.constantFrom('https://example.org/a', 'mailto:a@example.org', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '/rel', '#x'),
  fc.tuple(fc.constantFrom('https://example.org/', 'http://example.org/?q=', 'mailto:a@example.org?subject=', '//example.org/', ''), textArb).map(([a, b]) => a + b),
);

const INLINE = ['a', 'em', 'strong', 's', 'code', 'span', 'b', 'i', 'del', 'sub'];
const BLOCK = ['p', 'pre', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'div'];

const nodeArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map(escapeText),
    fc.tuple(urlArb, textArb).map(([src, alt]) => `<img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}">`),
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom(...INLINE, ...BLOCK), urlArb, fc.integer({ min: 0, max: 1_200_000_000 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, url, start, children]) => {
        const attrs = tag === 'a' ? ` href="${escapeAttr(url)}"` : tag === 'ol' ? ` start="${start}"` : '';
        return `<${tag}${attrs}>${children.join('')}</${tag}>`;
      }),
    // A code block: the shape a fence comes from.
    textArb.map((code) => `<pre><code>${escapeText(code)}</code></pre>`),
  ),
})).node;

export const bodyArb = fc.array(nodeArb, { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join(''));
