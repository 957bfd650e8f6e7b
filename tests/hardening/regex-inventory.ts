/**
 * Every regular expression written in src/core, found mechanically: the TypeScript parser walks each file for
 * regex literals and `RegExp(…)` / `new RegExp(…)` calls. A call whose arguments fold to constants (strings,
 * templates, `+`, module constants, `X.source`) yields its RegExp here; any other is "dynamic" and must be
 * produced by a test's coverage table (tests/hardening/regex-growth.test.ts), so a new regex cannot go unfuzzed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CORE = join(REPO, 'src/core');

export interface RegexSite {
  /** Repository-relative path, e.g. src/core/attendees/sentences.ts. */
  file: string;
  line: number;
  kind: 'literal' | 'constructor';
  /** The source text of the literal or of the call. */
  text: string;
  /** The regular expression, when it is a literal or its arguments fold to constants. */
  regex?: RegExp;
  /** For a constructor: the regex its arguments give when some local names are bound to these strings. */
  withBindings: (bindings: Record<string, string>) => RegExp | undefined;
}

function coreFiles(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return coreFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `/pattern/flags` as written in the source. */
function literalRegex(text: string): RegExp {
  const close = text.lastIndexOf('/');
  return new RegExp(text.slice(1, close), text.slice(close + 1));
}

type Value = string | RegExp | Value[] | undefined;

/** Folds an expression to a constant when it is made of literals and module-level constants only. */
function fold(
  node: ts.Expression, consts: Map<string, ts.Expression>, seen = new Set<string>(), bindings = new Map<string, string>(),
): Value {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isRegularExpressionLiteral(node)) return literalRegex(node.text);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return fold(node.expression, consts, seen, bindings);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = fold(span.expression, consts, seen, bindings);
      if (typeof v !== 'string') return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = fold(node.left, consts, seen, bindings);
    const b = fold(node.right, consts, seen, bindings);
    return typeof a === 'string' && typeof b === 'string' ? a + b : undefined;
  }
  if (ts.isIdentifier(node)) {
    const bound = bindings.get(node.text);
    if (bound !== undefined) return bound;
    const init = consts.get(node.text);
    if (!init || seen.has(node.text)) return undefined;
    return fold(init, consts, new Set([...seen, node.text]), bindings);
  }
  if (ts.isPropertyAccessExpression(node) && (node.name.text === 'source' || node.name.text === 'flags')) {
    const v = fold(node.expression, consts, seen, bindings);
    return v instanceof RegExp ? v[node.name.text] : undefined;
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => fold(e, consts, seen, bindings));
    return items.every((i) => i !== undefined) ? items : undefined;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = fold(node.expression.expression, consts, seen, bindings);
    const sep = node.arguments[0] ? fold(node.arguments[0], consts, seen, bindings) : ',';
    if (Array.isArray(list) && typeof sep === 'string' && list.every((x) => typeof x === 'string')) return list.join(sep);
  }
  return undefined;
}

/** Module-level `const NAME = …` declarations of one file. */
function moduleConsts(sf: ts.SourceFile): Map<string, ts.Expression> {
  const consts = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    }
  }
  return consts;
}

const isRegExpCall = (node: ts.Node): node is ts.CallExpression | ts.NewExpression =>
  (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';

/** Every regex literal and RegExp construction under src/core. */
export function scanCoreRegexes(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of coreFiles()) {
    const file = relative(REPO, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const consts = moduleConsts(sf);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const regex = literalRegex(node.text);
        sites.push({ file, line: lineOf(node), kind: 'literal', text: node.text, regex, withBindings: () => regex });
      } else if (isRegExpCall(node)) {
        const [p, f] = node.arguments ?? [];
        const withBindings = (bindings: Record<string, string>): RegExp | undefined => {
          const bound = new Map(Object.entries(bindings));
          const pattern = p ? fold(p, consts, new Set(), bound) : undefined;
          const flags = f ? fold(f, consts, new Set(), bound) : '';
          const source = pattern instanceof RegExp ? pattern.source : pattern;
          return typeof source === 'string' && typeof flags === 'string' ? new RegExp(source, flags) : undefined;
        };
        sites.push({ file, line: lineOf(node), kind: 'constructor', text: node.getText(sf), regex: withBindings({}), withBindings });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
