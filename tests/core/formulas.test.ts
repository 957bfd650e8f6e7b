import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { markdownBody } from '../../src/core/export/markdown';
import { normaliseFormulas } from '../../src/core/page/formulas';
import { nativeQuery } from '../../src/core/page/page-query';
import { extractFromHtml } from '../../src/node/index';
import { sharedBenchRoot } from '../../bench/lib/dataset';
import { READABILITY_TEST_URL } from '../../bench/lib/readability-pages';

function run(body: string): string {
  const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
  normaliseFormulas(nativeQuery(doc));
  return doc.body.innerHTML.replace(/\s+/g, ' ').trim();
}

const QUADRATIC = '<math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>';
const PROSE = '<p>' + 'The quadratic formula gives both roots of a second degree polynomial in one line of algebra. '.repeat(3) + '</p>';

/** A page of one site style: prose around `formulas`, extracted as the CLI does (linkedom + the Node sanitiser). */
function page(formulas: string): string {
  return `<!doctype html><html><head><title>Roots</title></head><body><article><h1>Roots</h1>${PROSE}${formulas}${PROSE}</article></body></html>`;
}

describe('formulas as clean MathML', () => {
  it('reads MathJax 3 from its assistive MathML and drops the drawn copy', () => {
    const html = run(`<p>When <mjx-container jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml><math><mi data-mjx-auto-op="false">a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>, two solutions.</p>`);
    expect(html).toBe('<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, two solutions.</p>');
  });

  it('gives a display formula its own paragraph', () => {
    expect(run(`<mjx-container display="true"><mjx-assistive-mml display="block">${QUADRATIC}</mjx-assistive-mml></mjx-container>`))
      .toMatch(/^<p><math display="block"><mi>x<\/mi><mo>=<\/mo><mfrac>.*<\/mfrac><\/math><\/p>$/);
  });

  it('reads KaTeX from its MathML, never from the drawn spans, and keeps its TeX annotation as alttext', () => {
    const katex = '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>=</mo><mo>−</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">e^{i\\pi}=-1</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">e</span></span></span>';
    expect(run(`<p>Euler: ${katex}.</p>`)).toBe('<p>Euler: <math alttext="e^{i\\pi}=-1"><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>=</mo><mo>−</mo><mn>1</mn></mrow></math>.</p>');
  });

  it('keeps a MathJax 2 TeX source when no MathML was drawn', () => {
    const html = run('<p>Energy <span class="MathJax_Preview">E=mc2</span><span class="MathJax" id="MathJax-Element-1-Frame"><span class="math">E=mc2</span></span><script type="math/tex" id="MathJax-Element-1">E = mc^2</script> is conserved.</p>');
    expect(html).toBe('<p>Energy <math alttext="E = mc^2"><mtext>E = mc^2</mtext></math> is conserved.</p>');
  });

  it('never shows the TeX of a script MathJax did not draw', () => {
    expect(run('<p>Energy <script type="math/tex">E = mc^2</script> is conserved.</p>')).toBe('<p>Energy <script type="math/tex">E = mc^2</script> is conserved.</p>');
  });

  it('keeps MediaWiki MathML with its TeX and drops the picture of the same formula', () => {
    const wiki = '<span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;"><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="{\\displaystyle x^{2}}"><semantics><mrow class="MJX-TeXAtom-ORD"><mstyle displaystyle="true" scriptlevel="0"><msup><mi>x</mi><mn>2</mn></msup></mstyle></mrow><annotation encoding="application/x-tex">{\\displaystyle x^{2}}</annotation></semantics></math></span><img src="https://wikimedia.example/svg/abc" class="mwe-math-fallback-image-inline" aria-hidden="true" alt="{\\displaystyle x^{2}}"></span>';
    expect(run(`<p>The square ${wiki} grows.</p>`)).toBe('<p>The square <span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;"><math alttext="{\\displaystyle x^{2}}"><mrow><mstyle><msup><mi>x</mi><mn>2</mn></msup></mstyle></mrow></math></span></span> grows.</p>');
  });

  it('removes formulas that hide markup, scripts, glyph images or actions, and keeps only allowlisted attributes', () => {
    expect(run('<p>a</p><math><mtext><table><mglyph><style><img src=x onerror="alert(1)"></style></mglyph></table></mtext></math><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(run('<math href="javascript:alert(1)"><mi xlink:href="javascript:alert(1)" onclick="x()" mathvariant="bold">x</mi><maction actiontype="statusline#"><mn>1</mn><mtext>tip</mtext></maction><mglyph src="https://evil.example/g.png"/></math>'))
      .toBe('<math><mi mathvariant="bold">x</mi><mn>1</mn></math>');
  });

  it('keeps the formula in the article text as a linear reading, between the words around it', () => {
    const doc = parseHTML(page(`<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, the roots are</p>${QUADRATIC}`)).document;
    const a = extractArticle(doc as unknown as Document, 'https://maths.example/roots', { html: false, attendees: false });
    expect(a.paragraphs).toContain('When a ≠ 0 , the roots are');
    expect(a.paragraphs).toContain('x = ( − b ± √( b ^ 2 − 4 a c ) ) / ( 2 a )');
  });

  it('keeps the MathML through the sanitiser, for the reader', async () => {
    const a = await extractFromHtml(page(`<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, the roots are</p>${QUADRATIC}`), 'https://maths.example/roots');
    expect(a.html).toContain('<math><mi>a</mi><mo>≠</mo><mn>0</mn></math>');
    expect(a.html).toContain('<math display="block"><mi>x</mi><mo>=</mo><mfrac>');
  });
});

describe('formulas in Markdown', () => {
  const markdownOf = async (formulas: string) => markdownBody(await extractFromHtml(page(formulas), 'https://maths.example/roots'));

  it('MathJax 3 and bare MathML: LaTeX converted from the MathML, $ inline and $$ display', async () => {
    const md = await markdownOf(`<p>When <mjx-container jax="CHTML"><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>, the roots are</p>${QUADRATIC}`);
    expect(md).toContain('When $a\\neq0$, the roots are');
    expect(md).toContain('\n\n$$x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}$$\n\n');
  });

  it('KaTeX and MediaWiki: the page\'s own TeX', async () => {
    const katex = '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math display="block"><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">\\int_0^1 x\\,dx = \\tfrac12</annotation></semantics></math></span><span class="katex-html">x</span></span></span>';
    const wiki = '<p>The square <span class="mwe-math-element"><math alttext="{\\displaystyle x^{2}}"><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">{\\displaystyle x^{2}}</annotation></semantics></math><img src="https://wikimedia.example/svg/abc" alt="{\\displaystyle x^{2}}"></span> grows.</p>';
    const md = await markdownOf(katex + wiki);
    expect(md).toContain('\n\n$$\\int_0^1 x\\,dx = \\tfrac12$$\n\n');
    expect(md).toContain('The square ${\\displaystyle x^{2}}$ grows.');
    expect(md).not.toContain('wikimedia.example');
  });

  it('MathJax 2: the TeX of its script', async () => {
    const md = await markdownOf('<p>Energy <span class="MathJax_Preview">E=mc2</span><span class="MathJax"><span class="math">E=mc2</span></span><script type="math/tex">E = mc^2</script> is conserved, and <span class="MathJax_Display"><span class="math">x</span></span><script type="math/tex; mode=display">\\sum_{k=1}^n k = \\frac{n(n+1)}{2}</script></p>');
    expect(md).toContain('Energy $E = mc^2$ is conserved');
    expect(md).toContain('$$\\sum_{k=1}^n k = \\frac{n(n+1)}{2}$$');
  });

  it('TeX that would be Markdown or HTML elsewhere is written as TeX symbols', async () => {
    const md = await markdownOf('<p>Order <span class="katex"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">a &lt; b &gt; c [x](https://evil.example/) `code` \\href{https://evil.example/}{y} | $</annotation></semantics></math></span> holds.</p>');
    expect(md).toContain('Order $a \\lt  b \\gt  c \\lbrack x\\rbrack (https://evil.example/) \\grave{}code\\grave{} {https://evil.example/}{y} \\vert  \\$$ holds.');
  });
});

describe("Readability's MathJax test page", () => {
  const dir = join(sharedBenchRoot(), 'readability-test-pages', 'mathjax');
  const html = gunzipSync(readFileSync(join(dir, 'source.html.gz'))).toString('utf8');

  it('keeps every formula: MathML in the html, linear text in the text, LaTeX in Markdown', async () => {
    const a = await extractFromHtml(html, READABILITY_TEST_URL);
    expect(a.text).toContain('a ≠ 0 , there are two solutions to a x ^ 2 + b x + c = 0 and they are');
    expect(a.html.match(/<math[\s>]/g)?.length).toBe(html.match(/<mjx-container/g)?.length);
    const md = markdownBody(a);
    expect(md).toContain('$a\\neq0$, there are two solutions to $ax^2+bx+c=0$ and they are');
    expect(md).toContain('$$x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}\\text{.}$$');
    expect(md).toContain('$$P(E)=(\\genfrac{}{}{0pt}{}{n}{k})p^k(1-p)^{n-k}$$');
  });
});
