/**
 * The independent check on sanitised article HTML: parse it again in jsdom (a browser-grade parser, so what it
 * builds is what a reader's browser would build) and walk every element. Returns what is wrong, [] when clean.
 */
import { JSDOM } from 'jsdom';
import { MATHML_ELEMENTS } from '../../src/core/page/mathml-allowlist';
import { ARTICLE_SANITIZE_CONFIG } from '../../src/core/sanitize';

const window = new JSDOM('<!doctype html><html><body></body></html>').window;

const ARTICLE_TAGS = new Set(ARTICLE_SANITIZE_CONFIG.ALLOWED_TAGS);
const ARTICLE_ATTRIBUTES = new Set(ARTICLE_SANITIZE_CONFIG.ALLOWED_ATTR);
/** Attributes a browser follows as a URL (fetches, navigates or runs). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'longdesc',
  'usemap', 'ping', 'codebase', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'srcdoc',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Formulas: the presentation MathML elements page/formulas.ts keeps, in the MathML namespace, are the one foreign markup allowed. */
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const FORMULA_TAGS = new Set(MATHML_ELEMENTS);

export interface WalkOptions {
  /** Element names allowed; default: the article allowlist (src/core/sanitize.ts). null: any element. */
  tags?: ReadonlySet<string> | null;
  /** Attribute names allowed; default: the article allowlist. null: any attribute (URLs and on* still checked). */
  attributes?: ReadonlySet<string> | null;
  /** Also allow data:image/(png|gif|jpeg|webp|avif) in img src (the HTML export keeps inline images). */
  dataImages?: boolean;
}

/** The scheme a browser would see: control characters and whitespace are stripped inside URLs by parsers. */
export function schemeOf(url: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return m ? m[1].toLowerCase() : null;
}

function urlProblem(name: string, value: string, tag: string, dataImages: boolean): string | null {
  if (name === 'srcdoc') return `${tag}[srcdoc]`;
  const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  for (const url of urls) {
    const scheme = schemeOf(url);
    if (scheme === null || SAFE_SCHEMES.has(scheme)) continue;
    if (dataImages && tag === 'img' && name === 'src' && /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i.test(url.trim())) continue;
    return `${tag}[${name}] has a ${scheme}: URL`;
  }
  return null;
}

export function sanitisedViolations(html: string, options: WalkOptions = {}): string[] {
  const tags = options.tags === undefined ? ARTICLE_TAGS : options.tags;
  const attributes = options.attributes === undefined ? ARTICLE_ATTRIBUTES : options.attributes;
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const problems: string[] = [];
  // Whole documents (the HTML export) are walked from <html>; fragments from their <body>.
  const whole = /^\s*<!doctype/i.test(html);
  const root = whole ? doc.documentElement : doc.body;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    const formula = el.namespaceURI === MATHML_NS && FORMULA_TAGS.has(tag);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' && !formula) problems.push(`foreign element <${tag}> (${el.namespaceURI})`);
    if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'base' || tag === 'form') {
      problems.push(`<${tag}>`);
    } else if (tags && !tags.has(tag)) problems.push(`element <${tag}> outside the allowlist`);
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) problems.push('<meta http-equiv=refresh>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}] event attribute`);
      else if (attributes && !attributes.has(name)) problems.push(`${tag}[${name}] outside the allowlist`);
      else if (attributes && name === 'class' && !(tag === 'code' && /^language-[a-z0-9][a-z0-9+#._-]{0,30}$/.test(attr.value))) problems.push(`${tag}[class="${attr.value}"]: only a code block's language is kept`);
      else if (attributes && name === 'id' && !/^fn(?:ref)?-\d{1,4}(?:-\d{1,3})?$/.test(attr.value)) problems.push(`${tag}[id="${attr.value}"]: only footnote ids are kept`);
      if (name === 'style' && /expression\(|url\(|@import|javascript:/i.test(attr.value)) problems.push(`${tag}[style] ${attr.value}`);
      if (URL_ATTRIBUTES.has(name)) {
        const problem = urlProblem(name, attr.value, tag, options.dataImages ?? false);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}
