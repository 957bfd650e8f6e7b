// The readerable check ships as its own CommonJS file (module.exports = fn); importing it alone keeps Readability
// out of the always-on content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  import { isProbablyReaderable } from '@mozilla/readability';
  export default isProbablyReaderable;
}
