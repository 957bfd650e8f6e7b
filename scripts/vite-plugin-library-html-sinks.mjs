/**
 * Build plugin for the extension bundles: the bundled libraries' HTML-parsing sinks (`el.innerHTML = markup`) are
 * rewritten, at their exact known sites, into calls of the one audited helper setInnerHtml
 * (src/extension/inert-html.ts: DOMParser into an inert document, then the nodes are moved). web-ext lint then
 * sees no unsafe assignment, and the only place where markup becomes DOM is code we review. docs/security.md says
 * what is rewritten and why.
 *
 * Loud by design: a rewrite whose text is not found exactly as often as expected (a library update changed the
 * code) fails the build, and so does any HTML sink left in an emitted chunk, whichever module it came from.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SINKS } from './check-no-innerhtml.mjs';

export const HELPER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'extension', 'inert-html.ts');
const CALL = '__lucidSetInnerHtml';

/**
 * Each library write site, as the installed version ships it. `module` is the file's path under node_modules;
 * `count` is how often `find` occurs in it (each occurrence is rewritten).
 */
export const REWRITES = [
  {
    module: '@mozilla/readability/Readability.js',
    format: 'cjs',
    why: "_grabArticle puts the page's body back from its cached markup before retrying with looser flags",
    find: 'page.innerHTML = pageCacheHtml;',
    replace: `${CALL}(page, pageCacheHtml);`,
    count: 1,
  },
  {
    module: '@mozilla/readability/Readability.js',
    format: 'cjs',
    why: "_unwrapNoscriptImages parses a <noscript>'s fallback image markup into a scratch <div>",
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: `${CALL}(tmp, noscript.innerHTML);`,
    count: 1,
  },
  {
    module: 'dompurify/dist/purify.es.mjs',
    format: 'esm',
    why: '_initDocument, when DOMParser gives no document (or NAMESPACE is not HTML), parses into an XML template document',
    find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    replace: `${CALL}(doc.documentElement, IS_EMPTY_INPUT ? emptyHTML : dirtyPayload);`,
    count: 1,
  },
  {
    module: 'preact/dist/preact.mjs',
    format: 'esm',
    why: 'dangerouslySetInnerHTML (unused: scripts/check-no-innerhtml.mjs forbids it in src/)',
    find: 't.innerHTML=h.__html',
    replace: `${CALL}(t,h.__html)`,
    count: 1,
  },
];

/** The sinks web-ext lint reports (and check-no-innerhtml forbids); a prop *name* like dangerouslySetInnerHTML is not one. */
const OUTPUT_SINKS = SINKS.filter(([name]) => name !== 'dangerouslySetInnerHTML');

const normalise = (id) => id.split('?')[0].replaceAll('\\', '/');
const occurrences = (code, text) => code.split(text).length - 1;

/** The rewrites for a module id (a resolved file path), or [] when it is not a patched library file. */
export function rewritesFor(id) {
  const file = normalise(id);
  return REWRITES.filter((r) => file.endsWith(`/node_modules/${r.module}`));
}

/**
 * Applies the rewrites for `id` to `code` and imports the helper; null when the module has none.
 * Throws (naming the library and the site) when a rewrite does not match exactly `count` times.
 */
export function rewriteLibrary(code, id) {
  const rules = rewritesFor(id);
  if (rules.length === 0) return null;
  let out = code;
  for (const rule of rules) {
    const found = occurrences(out, rule.find);
    if (found !== rule.count) {
      throw new Error(
        `library-html-sinks: ${rule.module}: expected ${rule.count} × ${JSON.stringify(rule.find)} (${rule.why}), found ${found}. ` +
          'The library changed: review its new code and update REWRITES in scripts/vite-plugin-library-html-sinks.mjs.',
      );
    }
    out = out.split(rule.find).join(rule.replace);
  }
  const helper = JSON.stringify(HELPER_PATH);
  const load =
    rules[0].format === 'cjs'
      ? `var ${CALL} = require(${helper}).setInnerHtml;\n`
      : `import { setInnerHtml as ${CALL} } from ${helper};\n`;
  return load + out;
}

/** [{sink, excerpt}] for every HTML sink in code (the emitted bundle must have none). */
export function findSinks(code) {
  const found = [];
  for (const line of code.split('\n')) {
    for (const [sink, re] of OUTPUT_SINKS) {
      const match = re.exec(line);
      if (match) found.push({ sink, excerpt: line.slice(Math.max(0, match.index - 60), match.index + 60) });
    }
  }
  return found;
}

export default function libraryHtmlSinks() {
  return {
    name: 'lucid:library-html-sinks',
    transform(code, id) {
      let out;
      try {
        out = rewriteLibrary(code, id);
      } catch (err) {
        this.error(err.message);
      }
      return out === null ? null : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      const problems = [];
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const { sink, excerpt } of findSinks(chunk.code)) problems.push(`${file}: ${sink}: …${excerpt}…`);
      }
      if (problems.length) {
        this.error(
          `library-html-sinks: HTML sink(s) left in the bundle (only setInnerHtml in src/extension/inert-html.ts may parse markup):\n  ${problems.join('\n  ')}`,
        );
      }
    },
  };
}
