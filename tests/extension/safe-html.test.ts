// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSafeUrl, setSanitizedHtml } from '../../src/extension/safe-html';

function render(html: string): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  setSanitizedHtml(el, html);
  return el;
}

/** Every attribute name in the output, lower-cased. */
function attrNames(el: Element): string[] {
  return [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name.toLowerCase()));
}

describe('setSanitizedHtml', () => {
  it('keeps article structure and text', () => {
    const el = render('<h2>Section</h2><p>One <strong>bold</strong> <em>word</em>.</p><ul><li>item</li></ul><blockquote>q</blockquote>');
    expect(el.querySelector('h2')?.textContent).toBe('Section');
    expect(el.querySelector('p strong')?.textContent).toBe('bold');
    expect(el.querySelectorAll('li')).toHaveLength(1);
    expect(el.textContent).toContain('One bold word.');
  });

  it('drops event handlers and scripts', () => {
    const el = render('<img src="https://x.test/a.jpg" onerror="alert(1)"><p onclick="alert(2)" onmouseover="x()">hi</p><script>alert(3)</script>');
    expect(attrNames(el).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).not.toContain('alert(3)');
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://x.test/a.jpg');
  });

  it('removes javascript:, data: and vbscript: URLs, including obfuscated ones', () => {
    const el = render(
      '<a id="a1" href="javascript:alert(1)">a</a><a id="a2" href="java&#x09;script:alert(1)">b</a>' +
        '<a id="a3" href="  JaVaScRiPt:alert(1)">c</a><a id="a4" href="vbscript:msgbox(1)">d</a>' +
        '<img id="i1" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><img id="i2" srcset="https://x.test/b.jpg 1x, javascript:alert(1) 2x, data:image/png;base64,AA 3x">',
    );
    const links = [...el.querySelectorAll('a')];
    expect(links).toHaveLength(4);
    for (const a of links) expect(a.hasAttribute('href')).toBe(false);
    const imgs = el.querySelectorAll('img');
    expect(imgs[0].hasAttribute('src')).toBe(false);
    expect(imgs[1].getAttribute('srcset')).toBe('https://x.test/b.jpg 1x');
  });

  it('keeps http(s), mailto and relative links and opens external ones safely', () => {
    const el = render('<a href="https://x.test/p">x</a><a href="mailto:a@b.test">m</a><a href="/rel">r</a><a href="#note-1">n</a><p id="note-1">note</p>');
    const [ext, mail, rel, frag] = [...el.querySelectorAll('a')];
    expect(ext.getAttribute('href')).toBe('https://x.test/p');
    expect(ext.getAttribute('target')).toBe('_blank');
    expect(ext.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mail.getAttribute('href')).toBe('mailto:a@b.test');
    expect(rel.getAttribute('href')).toBe('/rel');
    // Fragment links follow the id renaming and stay in the reader.
    expect(frag.getAttribute('href')).toBe('#user-content-note-1');
    expect(frag.hasAttribute('target')).toBe(false);
    expect(el.querySelector('p')?.id).toBe('user-content-note-1');
  });

  it('keeps a formula as MathML the browser draws', () => {
    const el = render('<p>Roots: <math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></p>');
    const math = el.querySelector('math');
    expect(math?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(math?.getAttribute('display')).toBe('block');
    expect(math?.querySelector('mfrac')?.textContent).toBe('−b2a');
  });

  it('removes svg, hostile MathML, iframes (srcdoc), forms, objects, embeds and styles', () => {
    const el = render(
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(2)"><text>t</text></a></svg>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(3)></style></mglyph></table></mtext></math>' +
        '<iframe srcdoc="<script>alert(4)</script>"></iframe><form action="https://evil.test"><input name="q"><button formaction="javascript:alert(5)">b</button></form>' +
        '<object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style><p style="color:red" class="ad">kept</p>',
    );
    for (const tag of ['svg', 'mglyph', 'img', 'iframe', 'form', 'input', 'button', 'object', 'embed', 'style', 'script']) {
      expect(el.querySelector(tag), tag).toBeNull();
    }
    expect(attrNames(el)).not.toContain('srcdoc');
    expect(attrNames(el).filter((n) => n.startsWith('on'))).toEqual([]);
    const p = [...el.querySelectorAll('p')].find((n) => n.textContent === 'kept');
    expect(p?.hasAttribute('style')).toBe(false);
    expect(p?.hasAttribute('class')).toBe(false);
  });

  it("keeps one class, a code block's language on its <code>, and no other", () => {
    const el = render(
      '<pre><code class="language-python">x = 1</code></pre><pre class="language-js"><code class="lr-body highlight">y</code></pre>' +
        '<p><code class="language-js lr-column">z</code><code class="language-a&quot;b">w</code></p>',
    );
    const classes = [...el.querySelectorAll('*')].map((n) => [n.tagName.toLowerCase(), n.getAttribute('class')]);
    expect(classes).toEqual([['pre', null], ['code', 'language-python'], ['pre', null], ['code', null], ['p', null], ['code', null], ['code', null]]);
  });

  it('stops DOM clobbering through name and id', () => {
    const before = document.getElementById;
    const el = render('<img name="getElementById"><form name="cookie"></form><a id="location" href="/x">l</a><img id="defaultView">');
    expect(document.getElementById).toBe(before);
    expect(typeof document.cookie).toBe('string');
    expect(el.querySelector('#location')).toBeNull();
    expect(el.querySelector('[name="getElementById"]')).toBeNull();
    for (const node of el.querySelectorAll('[id]')) expect(node.id.startsWith('user-content-')).toBe(true);
  });

  it('makes images lazy and async', () => {
    const img = render('<figure><img src="https://x.test/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>').querySelector('img');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('decoding')).toBe('async');
    expect(img?.getAttribute('alt')).toBe('A');
  });

  it('replaces previous content instead of appending', () => {
    const el = render('<p>first</p>');
    setSanitizedHtml(el, '<p>second</p>');
    expect(el.textContent).toBe('second');
  });

  it('leaves the default DOMPurify instance untouched', async () => {
    const { default: DOMPurify } = await import('dompurify');
    render('<a href="https://x.test">x</a>');
    expect(DOMPurify.sanitize('<a href="https://x.test">x</a>')).toBe('<a href="https://x.test">x</a>');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://a.test/x', true],
    ['http://a.test', true],
    ['MAILTO:x@y.test', true],
    ['/path?q=1', true],
    ['image.jpg', true],
    ['#top', true],
    ['javascript:alert(1)', false],
    [' \njavascript:alert(1)', false],
    ['jav\u0000ascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['blob:https://a.test/uuid', false],
    ['file:///etc/passwd', false],
  ])('%j -> %s', (url, ok) => {
    expect(isSafeUrl(url)).toBe(ok);
  });
});

describe('scripts/check-no-innerhtml.mjs', async () => {
  // @ts-expect-error: plain .mjs script without types
  const { findViolations } = (await import('../../scripts/check-no-innerhtml.mjs')) as {
    findViolations: (files: Array<[string, string]>) => Array<{ file: string; line: number; sink: string }>;
  };

  it('flags every HTML sink outside safe-html.ts', () => {
    const sinks = [
      'el.innerHTML = html;',
      'el.innerHTML += more;',
      "el['outerHTML'] = x;",
      'node.outerHTML = x',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'range.createContextualFragment(x);',
      'el.setHTMLUnsafe(x);',
      'frame.srcdoc = x;',
    ];
    const found = findViolations(sinks.map((code, i) => [`src/extension/f${i}.ts`, code]));
    expect(found.map((v) => v.file)).toEqual(sinks.map((_, i) => `src/extension/f${i}.ts`));
  });

  it('allows reads, comparisons, prose and the audited file', () => {
    const fine = [
      'const html = content.innerHTML;',
      'if (el.innerHTML === "") return;',
      '// never assign innerHTML here',
      "import { setSanitizedHtml } from './safe-html';",
    ];
    expect(findViolations(fine.map((code, i) => [`src/core/g${i}.ts`, code]))).toEqual([]);
    expect(findViolations([['src/extension/safe-html.ts', 'el.innerHTML = x;']])).toEqual([]);
  });

  it('reports file and line', () => {
    expect(findViolations([['src/a.ts', 'ok();\nel.innerHTML = x;']])).toMatchObject([{ file: 'src/a.ts', line: 2, sink: 'innerHTML assignment' }]);
  });
});
