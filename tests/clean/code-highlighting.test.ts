import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { rule } from '../../src/core/clean/rules/code-highlighting';
import { markdownBody } from '../../src/core/export/markdown';
import { extractFromHtml } from '../../src/node/index';
import { PROSE, run } from './helpers';

/** The code blocks left under the root: [language class, text]. */
function blocks(html: string): [string | null, string][] {
  const { root } = run(rule, html, {}, 'pre');
  return Array.from(root.querySelectorAll('pre')).map((pre) => {
    expect(pre.children.length).toBe(1);
    const code = pre.firstElementChild!;
    expect(code.localName).toBe('code');
    expect(code.children.length).toBe(0);
    return [code.getAttribute('class') || null, code.textContent ?? ''];
  });
}

const PY = 'def greet(name):\n    return f"Hello, {name}"';

describe('code-highlighting', () => {
  it('GitHub: the language of highlight-source-x, the pl- spans gone', () => {
    expect(blocks('<div class="highlight highlight-source-python notranslate position-relative overflow-auto"><pre><span class="pl-k">def</span> <span class="pl-en">greet</span>(<span class="pl-s1">name</span>):\n    <span class="pl-k">return</span> <span class="pl-s">f"Hello, <span class="pl-s1"><span class="pl-kos">{</span>name<span class="pl-kos">}</span></span>"</span></pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy">Copy</clipboard-copy></div></div>'))
      .toEqual([['language-python', PY]]);
  });

  it('Prism with its line-numbers plugin: the language of the code, the empty number rows gone', () => {
    expect(blocks('<pre class="language-js line-numbers"><code class="language-js"><span class="token keyword">const</span> x <span class="token operator">=</span> <span class="token number">1</span><span class="token punctuation">;</span>\nconsole<span class="token punctuation">.</span>log(x)<span aria-hidden="true" class="line-numbers-rows"><span></span><span></span></span></code></pre>'))
      .toEqual([['language-js', 'const x = 1;\nconsole.log(x)']]);
  });

  it('highlight.js, with the line-numbers plugin\'s table inside the code', () => {
    expect(blocks('<pre><code class="hljs language-ruby"><table class="hljs-ln"><tbody><tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-line hljs-ln-code"><span class="hljs-keyword">puts</span> 1</td></tr><tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="2"><div class="hljs-ln-n" data-line-number="2"></div></td><td class="hljs-ln-line hljs-ln-code"><span class="hljs-keyword">puts</span> 2</td></tr></tbody></table></code></pre>'))
      .toEqual([['language-ruby', 'puts 1\nputs 2']]);
  });

  it('Rouge (Jekyll) with a gutter table: the numbers column goes with the table', () => {
    const { root, removed } = run(rule, '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="rouge-code"><pre><span class="nb">puts</span> <span class="mi">1</span>\n<span class="nb">puts</span> <span class="mi">2</span>\n</pre></td></tr></tbody></table></code></pre></div></div>', {}, 'pre');
    expect(root.querySelector('table')).toBeNull();
    expect(Array.from(root.querySelectorAll('code'), (c) => [c.getAttribute('class') || null, c.textContent])).toEqual([['language-ruby', 'puts 1\nputs 2']]);
    expect(removed).toEqual([]);
  });

  it('Pygments / Sphinx: highlight-x wrappers, a highlighttable gutter and inline line numbers', () => {
    expect(blocks('<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="linenos">1</span><span class="k">import</span> <span class="nn">os</span>\n<span class="linenos">2</span><span class="nb">print</span><span class="p">(</span><span class="n">os</span><span class="p">.</span><span class="n">sep</span><span class="p">)</span>\n</pre></div></div>'))
      .toEqual([['language-python', 'import os\nprint(os.sep)']]);
    expect(blocks('<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td><td class="code"><div class="highlight"><pre><span class="n">a</span> = 1\n<span class="n">b</span> = 2\n</pre></div></td></tr></table>'))
      .toEqual([[null, 'a = 1\nb = 2']]);
  });

  it('data-lang, lang-x and SyntaxHighlighter brushes; a language of "text" is no language', () => {
    expect(blocks('<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="cl">package main\n</span></span></code></pre></div>')).toEqual([['language-go', 'package main']]);
    expect(blocks('<pre class="lang-sql s-code-block"><code class="hljs">SELECT 1;</code></pre>')).toEqual([['language-sql', 'SELECT 1;']]);
    expect(blocks('<div class="wp-block-syntaxhighlighter-code"><pre class="brush: php; title: ; notranslate" title="">echo 1;</pre></div>')).toEqual([['language-php', 'echo 1;']]);
    expect(blocks('<pre class="wp-block-code"><code class="language-text">$ npm ci</code></pre>')).toEqual([[null, '$ npm ci']]);
  });

  it('lines written as blocks or split by <br> keep their line breaks', () => {
    expect(blocks('<pre class="code"><div class="line">a = 1</div><div class="line">b = 2</div></pre>')).toEqual([[null, 'a = 1\nb = 2']]);
    expect(blocks('<div class="codecolorer-container"><pre class="highlight">x<br>y</pre></div>')).toEqual([[null, 'x\ny']]);
  });

  it('leaves a plain <pre> (verse, a table of figures) as the page wrote it', () => {
    const { root } = run(rule, '<pre>Roses are red,\n  <em>violets</em> are blue</pre>', {}, 'pre');
    expect(root.innerHTML).toBe('<pre>Roses are red,\n  <em>violets</em> are blue</pre>');
  });
});

describe('code blocks through the pipeline', () => {
  const page = (code: string) => `<!doctype html><html><head><title>Greeting in Python</title></head><body><article><h1>Greeting in Python</h1><p>${PROSE[0]}</p>${code}<p>${PROSE[1]} ${PROSE[2]}</p></article></body></html>`;

  it('keeps the language to the fence and the code without spans, on several highlighters', async () => {
    const cases: [string, string][] = [
      ['<div class="highlight highlight-source-python"><pre><span class="pl-k">def</span> <span class="pl-en">greet</span>(<span class="pl-s1">name</span>):\n    <span class="pl-k">return</span> <span class="pl-s">f"Hello, {name}"</span></pre></div>', 'python'],
      ['<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">def</span> <span class="nf">greet</span><span class="p">(</span><span class="n">name</span><span class="p">):</span>\n    <span class="k">return</span> <span class="sa">f</span><span class="s">"Hello, {name}"</span>\n</code></pre></div></div>', 'python'],
      ['<pre data-lang="py"><code>def greet(name):\n    return f"Hello, {name}"</code></pre>', 'py'],
    ];
    for (const [code, lang] of cases) {
      const article = await extractFromHtml(page(code), 'https://blog.example/greet');
      expect(article.html).toContain(`<pre><code class="language-${lang}">def greet(name):`);
      expect(markdownBody(article)).toContain(`\`\`\`${lang}\n${PY}\n\`\`\``);
    }
  });

  it('a fence stays longer than any backtick run in the code, with its language', async () => {
    const article = await extractFromHtml(page('<pre class="language-markdown"><code class="language-markdown">```js\nx\n```</code></pre>'), 'https://blog.example/md');
    expect(markdownBody(article)).toContain('````markdown\n```js\nx\n```\n````');
  });

  it('the reader\'s HTML keeps no highlighter class and no other class', async () => {
    const article = await extractFromHtml(page('<pre class="language-js" style="color:red"><code class="language-js token">let a</code></pre><p class="lead">x</p>'), 'https://blog.example/x');
    const { document } = parseHTML(`<body>${article.html}</body>`);
    expect(Array.from(document.querySelectorAll('[class]'), (el) => `${el.localName}.${el.getAttribute('class')}`)).toEqual(['code.language-js']);
  });
});
