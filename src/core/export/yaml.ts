/**
 * The YAML subset front matter needs, written so any YAML 1.1/1.2 parser reads back exactly the same values:
 * every string double-quoted (colons, "#", leading dashes, "yes"/"no", dates and numbers stay strings), with only
 * JSON-compatible escapes, so each scalar is also a valid JSON string.
 *
 * Front matter is also read as Markdown: renderers that do not know it (commonmark.js, markdown-it, marked) show it
 * as paragraphs, so a value must not be able to open raw HTML or an inline link there either.
 */

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escaped inside a double-quoted scalar: the quote and backslash; everything outside YAML 1.2's printable set
 * (C0 and C1 controls, DEL, U+FFFE, U+FFFF; PyYAML refuses a file holding one raw); TAB and the line breaks and
 * separators (U+0085 is printable but a line break to YAML 1.1, U+2028/U+2029 to JavaScript and Python), so a
 * value stays on its line; the BOM; and, for Markdown renderers, "<" (raw HTML, autolinks) and a "]" before "("
 * (the middle of an inline link or image).
 */
const YAML_ESCAPED_RE = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff<]|\](?=\()/g;

/** A double-quoted YAML scalar; the characters above escaped, other Unicode kept as is. */
export function yamlString(text: string): string {
  const body = text.replace(LONE_SURROGATE_RE, '\ufffd').replace(YAML_ESCAPED_RE, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${body}"`;
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value ? 'true' : 'false';
}

const key = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : yamlString(name));

const isScalar = (value: YamlValue): value is string | number | boolean | null =>
  value === null || typeof value !== 'object';

function lines(value: { [key: string]: YamlValue }, indent: string): string[] {
  const out: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    if (isScalar(item)) {
      out.push(`${indent}${key(name)}: ${scalar(item)}`);
    } else if (Array.isArray(item)) {
      if (item.every(isScalar)) {
        // Lists of strings in flow style: short, and unambiguous with every item quoted.
        out.push(`${indent}${key(name)}: [${item.map((v) => scalar(v as string)).join(', ')}]`);
      } else {
        out.push(`${indent}${key(name)}:`);
        for (const element of item) {
          if (isScalar(element) || Array.isArray(element)) {
            out.push(`${indent}  - ${isScalar(element) ? scalar(element) : `[${element.map((v) => scalar(v as string)).join(', ')}]`}`);
          } else {
            const nested = lines(element, `${indent}    `);
            if (nested.length === 0) out.push(`${indent}  - {}`);
            else out.push(`${indent}  - ${nested[0].trimStart()}`, ...nested.slice(1));
          }
        }
      }
    } else {
      const nested = lines(item, `${indent}  `);
      out.push(nested.length ? `${indent}${key(name)}:` : `${indent}${key(name)}: {}`, ...nested);
    }
  }
  return out;
}

/** A YAML block mapping (no document markers), one entry per line, keys in insertion order. */
export function toYaml(value: { [key: string]: YamlValue }): string {
  return lines(value, '').map((line) => `${line}\n`).join('');
}
