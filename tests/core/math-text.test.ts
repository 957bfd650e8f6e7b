import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { mathToText } from '../../src/core/page/math-text';
import { nativeQuery } from '../../src/core/page/page-query';

function run(body: string): string {
  const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
  mathToText(nativeQuery(doc));
  return doc.body.innerHTML.replace(/\s+/g, ' ').trim();
}

const QUADRATIC = '<math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>';

describe('formulas as text', () => {
  it('reads MathJax 3 from its assistive MathML and drops the drawn copy', () => {
    const html = run(`<p>When <mjx-container jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>, two solutions.</p>`);
    expect(html).toBe('<p>When <span> a ≠ 0 </span>, two solutions.</p>');
  });

  it('marks fractions, roots and powers, and gives a display formula its own paragraph', () => {
    expect(run(`<mjx-container display="true"><mjx-assistive-mml display="block">${QUADRATIC}</mjx-assistive-mml></mjx-container>`))
      .toBe('<p>x = ( − b ± √( b ^ 2 − 4 a c ) ) / ( 2 a )</p>');
  });

  it('reads KaTeX from its MathML, never from the drawn spans, and skips the TeX annotation', () => {
    const katex = '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>=</mo><mo>−</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">e^{i\\pi}=-1</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">e</span></span></span>';
    expect(run(`<p>Euler: ${katex}.</p>`)).toBe('<p>Euler: <span> e ^ ( i π ) = − 1 </span>.</p>');
  });

  it('keeps MathJax 2 TeX sources when no MathML was drawn', () => {
    const html = run('<p>Energy <span class="MathJax_Preview">E=mc2</span><span class="MathJax" id="MathJax-Element-1-Frame"><span class="math">E=mc2</span></span><script type="math/tex" id="MathJax-Element-1">E = mc^2</script> is conserved.</p>');
    expect(html).toBe('<p>Energy <span> E = mc^2 </span> is conserved.</p>');
  });

  it('keeps the formula in the article text, between the words around it', () => {
    const prose = '<p>' + 'The quadratic formula gives both roots of a second degree polynomial in one line of algebra. '.repeat(3) + '</p>';
    const doc = parseHTML(`<!doctype html><html><head><title>Roots</title></head><body><article><h1>Roots</h1>${prose}<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, the roots are</p>${QUADRATIC}${prose}</article></body></html>`).document;
    const a = extractArticle(doc as unknown as Document, 'https://maths.example/roots', { html: false, attendees: false });
    expect(a.paragraphs).toContain('When a ≠ 0 , the roots are');
    expect(a.paragraphs).toContain('x = ( − b ± √( b ^ 2 − 4 a c ) ) / ( 2 a )');
  });
});
