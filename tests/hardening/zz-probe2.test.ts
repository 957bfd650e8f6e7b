import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { postRules, preRules, runRules } from '../../src/core/clean/index';
import { cuesFor } from '../../src/core/cues/index';
import { contentText } from '../../src/core/content-text';
import { readMetadata } from '../../src/core/metadata';
import { detectArticle } from '../../src/core/detect';
import { nodeSanitizer } from '../../src/node/index';

const para = 'The council spent most of the evening on the library budget, which has been cut three years in a row while visits rose. ';
const N = Number(process.env.N ?? 1000);
const pages: Record<string, () => string> = {
  many: () => `<html><body><article>${Array.from({ length: N }, (_, i) => `<div><p>${para} ${i}</p><span>x</span><b>y</b></div>`).join('')}</article></body></html>`,
  deepDiv: () => `<html><body>${'<div>'.repeat(N)}<p>${para.repeat(5)}</p>${'</div>'.repeat(N)}</body></html>`,
  table: () => `<html><body><table>${Array.from({ length: N }, (_, r) => `<tr>${Array.from({ length: 20 }, (_, c) => `<td>r${r}c${c} cell</td>`).join('')}</tr>`).join('')}</table></body></html>`,
  brs: () => `<html><body><div>${'line of text<br>'.repeat(N)}</div></body></html>`,
};
const name = process.env.PAGE!;
it(name, () => {
  const html = pages[name]();
  const T: string[] = [];
  let t = performance.now();
  const lap = (label: string) => { const n = performance.now(); T.push(`${label} ${(n - t).toFixed(0)}`); t = n; };
  const doc = parseHTML(html).document as unknown as Document; lap('parse');
  detectArticle(doc, 'https://x.example/a'); lap('detect');
  const meta = readMetadata(doc, 'https://x.example/a'); lap('meta');
  const clone = doc.cloneNode(true) as Document; lap('clone');
  const ctx = { document: clone, title: meta.title, byline: meta.byline, description: meta.description, lang: 'en', cues: cuesFor('en') };
  runRules(preRules, clone.body, ctx); lap('pre');
  const parsed = new Readability<Element>(clone, { keepClasses: true, charThreshold: 300, serializer: (el) => el as Element }).parse(); lap('readability');
  const content = parsed!.content!;
  runRules(postRules, content, ctx); lap('post');
  for (const r of postRules) { runRules([r], content, ctx); lap(r.name); }
  contentText(content); lap('text');
  const h = content.innerHTML; lap('innerHTML');
  nodeSanitizer()(h); lap('sanitize');
  console.log(`${name} N=${N}: ${T.join(' | ')}`);
}, 600000);
