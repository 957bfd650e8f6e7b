/**
 * A strict reader for the YAML subset the Markdown front matter uses (block mappings and sequences, double-quoted
 * scalars, flow sequences of quoted scalars, null/true/false/numbers). Anything else throws: an unquoted string
 * in the output is a test failure, because a real YAML parser could read it as a date, boolean or number.
 */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

interface Line {
  indent: number;
  text: string;
}

function scalar(text: string): Value {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text.startsWith('"') || text.startsWith('[') || text === '{}') {
    // Double-quoted scalars with JSON escapes and flow lists of them are exactly JSON.
    return JSON.parse(text) as Value;
  }
  throw new Error(`unquoted scalar: ${text}`);
}

const KEY_RE = /^([A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*"):(?: (.*))?$/;

function block(lines: Line[], start: number, indent: number): [Value, number] {
  let i = start;
  if (lines[i].text.startsWith('- ')) {
    const list: Value[] = [];
    while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('- ')) {
      const rest = lines[i].text.slice(2);
      if (KEY_RE.test(rest)) {
        // "- key: value" opens a mapping whose keys sit two columns further in.
        lines[i] = { indent: indent + 2, text: rest };
        const [value, next] = block(lines, i, indent + 2);
        list.push(value);
        i = next;
      } else {
        list.push(scalar(rest));
        i++;
      }
    }
    return [list, i];
  }
  const map: { [key: string]: Value } = {};
  while (i < lines.length && lines[i].indent === indent) {
    const match = KEY_RE.exec(lines[i].text);
    if (!match) throw new Error(`not a mapping entry: ${lines[i].text}`);
    const key = match[1].startsWith('"') ? (JSON.parse(match[1]) as string) : match[1];
    if (key in map) throw new Error(`duplicate key ${key}`);
    if (match[2] !== undefined) {
      map[key] = scalar(match[2]);
      i++;
    } else {
      const childIndent = lines[i + 1]?.indent ?? -1;
      if (childIndent <= indent && !lines[i + 1]?.text.startsWith('- ')) throw new Error(`empty value for ${key}`);
      const [value, next] = block(lines, i + 1, childIndent);
      map[key] = value;
      i = next;
    }
  }
  return [map, i];
}

export function readYaml(text: string): { [key: string]: Value } {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  if (lines.length === 0) return {};
  const [value, end] = block(lines, 0, 0);
  if (end !== lines.length) throw new Error(`unparsed line: ${lines[end].text}`);
  return value as { [key: string]: Value };
}

/** Splits `---\n<yaml>---\n<body>` into the parsed front matter and the Markdown body. */
export function splitFrontMatter(markdown: string): { data: { [key: string]: Value }; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { data: readYaml(match[1]), body: match[2] };
}
