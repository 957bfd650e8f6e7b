#!/usr/bin/env node
/**
 * Fails when any file under src/ other than src/extension/safe-html.ts writes HTML markup into a DOM.
 * Page content must go through setSanitizedHtml (DOMPurify); one audited place is easy to review, many are not.
 * Reading markup (el.innerHTML without assignment) is allowed: it creates no nodes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWED = new Set(['src/extension/safe-html.ts']);

/** Each sink with the pattern that finds it in code (a prose mention without `.`/`=`/`(` does not match). */
export const SINKS = [
  ['innerHTML assignment', /\.\s*innerHTML\s*(?:\+|\|\||&&|\?\?)?=(?!=)/],
  ['outerHTML assignment', /\.\s*outerHTML\s*(?:\+|\|\||&&|\?\?)?=(?!=)/],
  ['innerHTML/outerHTML via brackets', /\[\s*(['"`])(?:inner|outer)HTML\1\s*\]\s*(?:\+|\|\||&&|\?\?)?=(?!=)/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['insertAdjacentHTML', /\.\s*insertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['createContextualFragment', /\.\s*createContextualFragment\s*\(/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\s*\(/],
  ['srcdoc assignment', /\.\s*srcdoc\s*=(?!=)/],
  ['property set by name (defineProperty/Reflect.set) on HTML sinks', /\b(?:Reflect\.set|Object\.defineProperty)\s*\([^)]*(['"`])(?:inner|outer)HTML\1/],
];

/** Returns [{file, line, sink, text}] for every sink outside the allowed file. */
export function findViolations(files) {
  const found = [];
  for (const [file, source] of files) {
    if (ALLOWED.has(file)) continue;
    source.split('\n').forEach((text, i) => {
      for (const [sink, re] of SINKS) if (re.test(text)) found.push({ file, line: i + 1, sink, text: text.trim() });
    });
  }
  return found;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]sx?|html)$/.test(entry.name)) out.push(path);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = sourceFiles(join(ROOT, 'src')).map((p) => [relative(ROOT, p).split(sep).join('/'), readFileSync(p, 'utf8')]);
  const violations = findViolations(files);
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.sink}: ${v.text}`);
  if (violations.length) {
    console.error(`\n${violations.length} HTML sink(s) outside src/extension/safe-html.ts. Use setSanitizedHtml(el, html) instead.`);
    process.exit(1);
  }
  console.log(`check:html: ${files.length} files under src/, no HTML sinks outside src/extension/safe-html.ts`);
}
