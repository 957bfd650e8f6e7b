/**
 * Build plugin for the extension bundles: Readability-readerable.js ends with a CommonJS export, which makes the
 * bundler wrap the module in its CommonJS interop helpers (about 550 bytes of the always-on detector's ~9 KB, in
 * every page's content script). The one export statement, exactly as the installed version ships it, becomes an
 * ES export; the function itself is Readability's, untouched. A library update that changes the text fails the
 * build instead of silently keeping the wrapper.
 *
 * The package's index.js is rewritten too: it require()s Readability-readerable.js, and one require() anywhere in
 * a bundle's module graph makes the bundler wrap that module in a lazy initialiser, even where nothing uses the
 * requiring module. The detector imports detectArticle through the core's front door (src/core/index.ts), whose
 * graph reaches extract.ts and so index.js; tree-shaking drops them, but the wrapper stayed, enough to push the
 * detector past its 4 KB gzip budget. As ES imports nothing is required, and the detector is the same bytes again.
 */
const PACKAGE = '/node_modules/@mozilla/readability/';
const REWRITES = {
  'Readability-readerable.js': {
    from: `if (typeof module === "object") {
  /* eslint-disable-next-line no-redeclare */
  /* global module */
  module.exports = isProbablyReaderable;
}`,
    to: 'export default isProbablyReaderable;',
  },
  'index.js': {
    from: `var Readability = require("./Readability");
var isProbablyReaderable = require("./Readability-readerable");

module.exports = {
  Readability,
  isProbablyReaderable,
};`,
    to: `import Readability from "./Readability.js";
import isProbablyReaderable from "./Readability-readerable.js";

export { Readability, isProbablyReaderable };`,
  },
};

export default function readerableEsm() {
  return {
    name: 'lucid-readerable-esm',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      const file = Object.keys(REWRITES).find((name) => path.endsWith(PACKAGE + name));
      if (!file) return null;
      const { from, to } = REWRITES[file];
      const text = code.replaceAll('\r\n', '\n');
      if (text.split(from).length !== 2) {
        throw new Error(`${PACKAGE}${file}: its CommonJS export is not the one this plugin rewrites (library updated?)`);
      }
      return { code: text.replace(from, to), map: null };
    },
  };
}
