import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { detectArticle } from '../../src/core/detect';
import { nodeSanitizer } from '../../src/node/index';

const para = 'The council spent most of the evening on the library budget, which has been cut three years in a row while visits rose. ';
const pages: Record<string, () => string> = {
  manyShort: () => `<html><body><article>${Array.from({ length: 25000 }, (_, i) => `<div><p>Line ${i} of a long list.</p><span>x</span><b>y</b></div>`).join('')}</article></body></html>`,
  manySpread: () => `<html><body>${Array.from({ length: 1000 }, (_, s) => `<section><h2>Part ${s}</h2>${Array.from({ length: 25 }, (_, i) => `<div><p>Line ${i} of part ${s}.</p><span>x</span></div>`).join('')}</section>`).join('')}</body></html>`,
  deep500: () => `<html><body>${'<div>'.repeat(500)}<p>${para.repeat(5)}</p>${'</div>'.repeat(500)}</body></html>`,
  deepP500: () => `<html><body>${`<p>${para}<span>`.repeat(250)}${'</span></p>'.repeat(250)}</body></html>`,
  text29: () => `<html><body><article>${`<p>${para.repeat(8)}</p>`.repeat(2900)}</article></body></html>`,
  many: () => `<html><body><article>${Array.from({ length: 25000 }, (_, i) => `<div><p>${para} ${i}</p><span>x</span><b>y</b></div>`).join('')}</article></body></html>`,
  deepDiv: () => `<html><body>${'<div>'.repeat(5000)}<p>${para.repeat(5)}</p>${'</div>'.repeat(5000)}</body></html>`,
  deepP: () => `<html><body>${`<p>${para}<span>`.repeat(5000)}${'</span></p>'.repeat(5000)}</body></html>`,
  bigText: () => `<html><body><article><p>${'word '.repeat(2_000_000)}</p></article></body></html>`,
  bigTextParas: () => `<html><body><article>${`<p>${para.repeat(8)}</p>`.repeat(10_000)}</article></body></html>`,
  table: () => `<html><body><table>${Array.from({ length: 2000 }, (_, r) => `<tr>${Array.from({ length: 20 }, (_, c) => `<td>r${r}c${c} cell</td>`).join('')}</tr>`).join('')}</table></body></html>`,
  brs: () => `<html><body><div>${'line of text<br>'.repeat(50000)}</div></body></html>`,
};
for (const [name, make] of Object.entries(pages).filter(([n]) => n === process.env.PAGE)) {
  it(name, () => {
    const html = make();
    let t = performance.now();
    const doc = parseHTML(html).document as unknown as Document;
    const parse = performance.now() - t;
    t = performance.now();
    const d = detectArticle(doc, 'https://x.example/a-b-c-d');
    const det = performance.now() - t;
    t = performance.now();
    let res = '';
    try { const a = extractArticle(doc, 'https://x.example/a-b-c-d', { sanitize: nodeSanitizer() }); res = `ok ${a.paragraphs.length}p ${a.html.length}`; } catch (e) { res = `ERR ${(e as Error).name} ${(e as Error).message.slice(0, 100)}`; }
    const ext = performance.now() - t;
    console.log(`${name}: html ${(html.length / 1e6).toFixed(1)}MB parse ${parse.toFixed(0)}ms detect ${det.toFixed(0)}ms (${d.score}) extract ${ext.toFixed(0)}ms ${res}`);
  }, 600000);
}
