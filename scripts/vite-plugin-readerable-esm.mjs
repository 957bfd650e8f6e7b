/**
 * Build plugin for the extension bundles: Readability-readerable.js ends with a CommonJS export, which makes the
 * bundler wrap the module in its CommonJS interop helpers (about 550 bytes of the always-on detector's ~9 KB, in
 * every page's content script). The one export statement, exactly as the installed version ships it, becomes an
 * ES export; the function itself is Readability's, untouched. A library update that changes the text fails the
 * build instead of silently keeping the wrapper.
 */
const MODULE = '/node_modules/@mozilla/readability/Readability-readerable.js';
const CJS_EXPORT = `if (typeof module === "object") {
  /* eslint-disable-next-line no-redeclare */
  /* global module */
  module.exports = isProbablyReaderable;
}`;

export default function readerableEsm() {
  return {
    name: 'lucid-readerable-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(MODULE)) return null;
      const text = code.replaceAll('\r\n', '\n');
      if (text.split(CJS_EXPORT).length !== 2) {
        throw new Error(`${MODULE}: its CommonJS export is not the one this plugin rewrites (library updated?)`);
      }
      return { code: text.replace(CJS_EXPORT, 'export default isProbablyReaderable;'), map: null };
    },
  };
}
