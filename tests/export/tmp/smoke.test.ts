import { test } from 'vitest';
import { buildArticle, CTX } from '../article-factory';
import { toMarkdown } from '../../../src/core/export/markdown';
test('smoke', () => {
  const a = buildArticle('baothanhhoa-giao-ban-dan-van');
  console.log(toMarkdown(a, { ...CTX }).slice(0, 3000));
  const b = buildArticle('kellerton-council-library');
  b.html = '<h1>' + b.title + '</h1><table><tr><td><img src="/x.jpg" alt="a [b]"></td></tr><tr><td>Photo caption here</td></tr></table><table><tr><td>a</td><td>b|c</td></tr><tr><td><p>x</p><p>y</p></td><td>z</td></tr></table><table><thead><tr><th>H</th><th>I</th></tr></thead><tr><td>1</td><td>2</td></tr></table><p>See <a href="https://ex.com/a?utm_source=x&amp;id=2">this</a> and <a href="#top">top</a><a href="https://x.com"> </a><img src="https://t.com/p.gif" width="1" height="1"></p><script>alert(1)</script>' + b.html;
  console.log(toMarkdown(b, { ...CTX }).slice(0, 2500));
});
