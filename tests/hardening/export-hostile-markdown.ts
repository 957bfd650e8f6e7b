/**
 * Hostile pages for the Markdown export, written for it (apart from tests/hardening/hostile/, which targets the
 * sanitiser). Each variant is one way page text, a URL or an attribute could become live Markdown: a fence that
 * closes early, code that loses its line start inside an inline wrapper, code spans that touch, a destination that
 * ends early, raw HTML, autolinks, reference definitions, entity-encoded schemes, setext/indent tricks, hostile
 * headlines and front matter. Every payload calls RAN() so the browser test can tell if any of it ever ran.
 */
export const RAN = 'top.__ran&&top.__ran(1)';

/** Payloads as they would appear in page *text* (the HTML export escapes them; here they are raw strings). */
export const TEXT_PAYLOADS = [
  `<img src=x onerror="${RAN}">`,
  `<svg onload="${RAN}">`,
  `<script>${RAN}</script>`,
  `<div onclick="${RAN}">x</div>`,
  `<details open ontoggle="${RAN}">`,
  `<iframe src="javascript:${RAN}"></iframe>`,
  `<javascript:${RAN}>`,
  `<a href="javascript:${RAN}">c</a>`,
  `[c](javascript:${RAN})`,
  `[c](&#106;avascript:${RAN})`,
  `![c](data:text/html,x)`,
  `[c]\n\n[c]: javascript:${RAN}`,
  `<!-- comment -->`,
  `<?php x ?>`,
  `<![CDATA[ x ]]>`,
];

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines that close (or open) a fence in one renderer or another. */
const FENCE_LINES = ['```', ' ```', '  ```', '   ```', '````', '``````', '~~~', '  ~~~', '~~~~', '```js', '\t```', '   ~~~ ', '`` `', '```\r'];

export interface HostileVariant {
  name: string;
  /** Article HTML (as the exporter receives it after sanitising; the pipeline tests wrap it in a page). */
  html: string;
  /** Other Article fields to set (headline, byline, standfirst…), for the front matter and headline variants. */
  fields?: Record<string, unknown>;
}

function codeVariants(): HostileVariant[] {
  const out: HostileVariant[] = [];
  for (const [f, fence] of FENCE_LINES.entries()) {
    for (const [p, payload] of [TEXT_PAYLOADS[0], TEXT_PAYLOADS[8], TEXT_PAYLOADS[6]].entries()) {
      const code = `let a = 1;\n${fence}\n${payload}\n${fence}\nlet b = 2;`;
      out.push({ name: `fence ${f}.${p} ${JSON.stringify(fence)}`, html: `<p>Before.</p><pre><code>${escapeHtml(code)}</code></pre><p>After.</p>` });
    }
  }
  const payload = escapeHtml(TEXT_PAYLOADS[0]);
  const closing = (fence: string) => `<pre><code>A</code></pre><pre><code>${escapeHtml(fence)}\n${payload}</code></pre>`;
  // Code that loses its line start: an inline wrapper (or a trimmed leading space) puts text before the fence.
  const wrappers: [string, string][] = [
    ['a', '<p>See <a href="https://example.org/x">%</a> now.</p>'],
    ['a with a leading space', '<p>See<a href="https://example.org/x"> %</a> now.</p>'],
    ['em with a leading space', '<p>x<em> %</em></p>'],
    ['strong', '<p>x <strong>%</strong></p>'],
    ['s', '<p>x <s>%</s></p>'],
    ['span with a leading space', '<p>x<span> %</span></p>'],
    ['code', '<p>x <code>%</code></p>'],
    ['h1', '<h1>Heading %</h1>'],
    ['h2', '<h2>Heading %</h2>'],
    ['h3 with a leading space', '<h3> %</h3>'],
    ['figcaption', '<figure><img src="https://example.org/a.jpg" alt=""><figcaption>Caption %</figcaption></figure>'],
    ['data cell', '<table><tr><th>A</th><th>B</th></tr><tr><td>%</td><td>b</td></tr></table>'],
    ['headerless data cell', '<table><tr><td>%</td><td>b</td></tr></table>'],
    ['layout caption cell', '<table><tr><td><img src="https://example.org/a.jpg" alt=""></td></tr><tr><td>%</td></tr></table>'],
    ['layout cell', '<table><tr><td>%</td></tr></table>'],
    ['li', '<ul><li>%</li></ul>'],
    ['nested li', '<ol start="99999"><li>x<ul><li>%</li></ul></li></ol>'],
    ['blockquote', '<blockquote>%</blockquote>'],
    ['pre', '<pre>x %</pre>'],
    ['p with text', '<p>text %</p>'],
    ['link around an image and code', '<p><a href="https://example.org/x"><img src="https://example.org/a.jpg" alt="">%</a></p>'],
  ];
  for (const [name, template] of wrappers) {
    for (const fence of ['```', '  ```', '~~~']) {
      out.push({ name: `code in ${name} ${JSON.stringify(fence)}`, html: template.replace('%', closing(fence)) });
    }
  }
  // Inline code spans whose backticks touch, so the runs pair differently from how they were written.
  const inline = [
    `<p><code>a</code><code>\`${payload}</code></p>`,
    `<p><code>a</code><code>\`\` ${payload}</code></p>`,
    `<p><code>\`</code><code>${payload}\`</code><code>\`</code></p>`,
    `<p><span><code>a</code></span><code>\`${payload}</code></p>`,
    `<p><code>a</code><em><code>\`${payload}</code></em></p>`,
    `<p><code>a\`</code>\`<code>${payload}</code></p>`,
    `<p>\\<code>${payload}</code></p>`,
    `<p><code>a\\</code><code>${payload}</code></p>`,
    `<p><code>${payload}</code><code>\`\`\`</code></p>`,
    `<table><tr><th>A</th></tr><tr><td><code>a|${payload}</code></td></tr></table>`,
    `<table><tr><th>A</th></tr><tr><td><code>a\\|${payload}|</code></td></tr></table>`,
    `<p><a href="https://example.org/\`"><code>${payload}</code></a><code>\`</code></p>`,
    `<p>x<code>\n\`\`\`\n${payload}\n</code></p>`,
  ];
  inline.forEach((html, i) => out.push({ name: `inline code ${i}`, html }));
  // Text a <pre> keeps line by line: a text line that opens a tilde fence, then code whose line closes it.
  out.push({ name: 'pre text opens a fence', html: `<pre>x\n~~~</pre><pre><code>~~~\n${payload}\n</code></pre>` });
  out.push({ name: 'pre text opens an indented fence', html: `<pre>x\n   ~~~\n</pre><pre><code>  ~~~\n${payload}</code></pre>` });
  out.push({ name: 'pre text opens a backtick fence', html: `<pre>x\n\`\`\`\n</pre><pre><code>\`\`\`\n${payload}</code></pre>` });
  out.push({ name: 'code with CR line ends in a list', html: `<ul><li><pre><code>a\r\`\`\`\r${payload}\r\`\`\`</code></pre></li></ul>` });
  out.push({ name: 'code with control characters', html: `<pre><code>\`\u0000\`\`\n${payload}\n\`\u001b\`\`</code></pre>` });
  out.push({ name: 'code block with a hostile language', html: `<pre><code class="language-\`\`\`${payload}">x</code></pre>` });
  return out;
}

/** Link and image addresses after the sanitiser: each tries to end the destination early or smuggle a scheme. */
const HOSTILE_URLS = [
  `https://example.org/a)[c](javascript:${RAN})`,
  `https://example.org/a)(javascript:${RAN})`,
  `https://example.org/a b(<img src=x onerror="${RAN}">)`,
  `https://example.org/?q=<img src=x onerror="${RAN}">`,
  `https://example.org/#"><img src=x onerror="${RAN}">`,
  `https://example.org/?q=\`x`,
  `https://example.org/?q=a&#106;avascript:${RAN}`,
  `https://example.org/?q=a&lt;img src=x onerror=${RAN}&gt;`,
  `https://example.org/a\n\n<img src=x onerror="${RAN}">`,
  `https://example.org/a%0A%0A<img src=x onerror="${RAN}">`,
  `https://example.org/a\\)[c](javascript:${RAN})`,
  `https://example.org/a 'title') [c](javascript:${RAN}`,
  `https://example.org/a"title") [c](javascript:${RAN}`,
  `https://example.org/<javascript:${RAN}>`,
  `javascript:${RAN}`,
  ` JaVaScRiPt:${RAN}`,
  `java\tscript:${RAN}`,
  `&#106;avascript:${RAN}`,
  `vbscript:${RAN}`,
  `data:text/html,<script>${RAN}</script>`,
  'data:image/png;base64,iVBORw0KGgo=',
  'data:image/svg+xml,<svg onload=x>',
  `mailto:a@example.org?subject=<img src=x onerror="${RAN}">`,
  `mailto:a@example.org)[c](javascript:${RAN}`,
  `//example.org/a)[c](javascript:${RAN})`,
  `/relative)[c](javascript:${RAN})`,
];

function urlVariants(): HostileVariant[] {
  return HOSTILE_URLS.flatMap((url, i) => {
    const attr = escapeHtml(url);
    return [
      { name: `link ${i} ${JSON.stringify(url)}`, html: `<p>Read <a href="${attr}">the report</a> today.</p>` },
      { name: `image ${i} ${JSON.stringify(url)}`, html: `<p><img src="${attr}" alt="chart"></p>` },
      { name: `linked image ${i} ${JSON.stringify(url)}`, html: `<p><a href="${attr}"><img src="${attr}" alt="chart"></a></p>` },
    ];
  });
}

const HOSTILE_ALTS = [
  `<img src=x onerror="${RAN}">`,
  `"><img src=x onerror="${RAN}">`,
  `](javascript:${RAN})`,
  `\\](javascript:${RAN})`,
  `a\n\n<img src=x onerror="${RAN}">`,
  `\`<img src=x onerror="${RAN}">\``,
  `&lt;img src=x onerror="${RAN}"&gt;`,
  `* [c](javascript:${RAN})`,
];

function altVariants(): HostileVariant[] {
  return HOSTILE_ALTS.flatMap((alt, i) => [
    { name: `alt ${i}`, html: `<p><img src="https://example.org/a.jpg" alt="${escapeHtml(alt)}"></p>` },
    { name: `alt in a link ${i}`, html: `<p><a href="https://example.org/x"><img src="https://example.org/a.jpg" alt="${escapeHtml(alt)}"></a></p>` },
    { name: `title attribute ${i}`, html: `<p><a href="https://example.org/x" title="${escapeHtml(alt)}">x</a><img src="https://example.org/a.jpg" title="${escapeHtml(alt)}" alt="y"></p>` },
  ]);
}

function textVariants(): HostileVariant[] {
  const out: HostileVariant[] = [];
  TEXT_PAYLOADS.forEach((payload, i) => {
    const text = escapeHtml(payload);
    out.push({ name: `text ${i}`, html: `<p>${text}</p>` });
    out.push({ name: `text at a line start in pre ${i}`, html: `<pre>first line\n${text}\n   ${text}</pre>` });
    out.push({ name: `text after br ${i}`, html: `<p>first<br>${text}</p>` });
    out.push({ name: `text in a heading ${i}`, html: `<h2>${text}</h2>` });
    out.push({ name: `text in a list ${i}`, html: `<ul><li>${text}</li></ul>` });
    out.push({ name: `text in a cell ${i}`, html: `<table><tr><th>${text}</th></tr><tr><td>${text}</td></tr></table>` });
    out.push({ name: `link text ${i}`, html: `<p><a href="https://example.org/">${text}</a></p>` });
    out.push({ name: `text split by markup ${i}`, html: `<p>${text.slice(0, 4)}<b></b>${text.slice(4)}</p>` });
  });
  // Line-start constructs that change what follows (setext, indented code, lists, quotes, tables, HTML blocks).
  const lines = [
    'a\n===\n&lt;img src=x&gt;', 'a\n---', '    &lt;div&gt;', '&gt; &lt;img&gt;', '1) x', '- [ ] x', '| a |\n| --- |\n| &lt;b&gt; |',
    '&lt;div&gt;\n\n&lt;img src=x onerror=x&gt;', '[x]: javascript:x', ' [x]: javascript:x\n[x]', '&amp;#106;avascript:x', '&amp;lt;img src=x onerror=x&amp;gt;',
    '&amp;#x3C;img src=x onerror=x&amp;#x3E;', '\\&lt;img src=x onerror=x&gt;', '&lt;&lt;img src=x onerror=x&gt;', 'www.example.org/&lt;img&gt;',
    'https://example.org/&lt;img&gt;', 'javascript:x', '~~del~~ ~x~', '\\', '*', '_a_', '&lt;/pre&gt;&lt;img src=x onerror=x&gt;',
  ];
  lines.forEach((line, i) => out.push({ name: `line construct ${i}`, html: `<pre>x\n${line}\ny</pre><p>${line.replace(/\n/g, '<br>')}</p>` }));
  return out;
}

/** Headline, standfirst, byline, site and attendees: the front matter and the lines above the body. */
function fieldVariants(): HostileVariant[] {
  const values = [
    ...TEXT_PAYLOADS,
    `x](javascript:${RAN})`,
    `[c](javascript:${RAN}) and ![i](data:image/svg+xml,x)`,
    `"\n<img src=x onerror="${RAN}">`,
    `line\u2028<img src=x onerror="${RAN}">\u2029`,
    `\`\`\`\n<img src=x onerror="${RAN}">`,
    `</x>---\n<img src=x onerror="${RAN}">`,
  ];
  return values.map((value, i) => ({
    name: `fields ${i}`,
    html: '<p>Body.</p>',
    fields: {
      title: value,
      byline: value,
      siteName: value,
      standfirst: value,
      canonicalUrl: `https://example.org/${encodeURIComponent(value)}`,
      images: [{ src: 'https://example.org/a.jpg', alt: value, caption: value }],
      attendees: { people: [{ name: value, roles: [value], parts: ['chair'], evidence: [value] }], groups: [value] },
    },
  }));
}

export const HOSTILE_MARKDOWN_VARIANTS: readonly HostileVariant[] = [
  ...codeVariants(),
  ...urlVariants(),
  ...altVariants(),
  ...textVariants(),
  ...fieldVariants(),
];

/** A whole page around a variant's HTML, so the real pipeline (parse, extract, sanitise) reads it first. */
export function hostilePage(variant: HostileVariant): string {
  const title = typeof variant.fields?.title === 'string' ? variant.fields.title : 'Library repairs approved';
  const prose = (n: number) =>
    `<p>Paragraph ${n}: the council met again on Tuesday and the budget for the leaking roof of the library was discussed at length by everyone present.</p>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(title)}">` +
    `<meta property="og:site_name" content="${escapeHtml(String(variant.fields?.siteName ?? 'The Ledger'))}">` +
    `<meta name="author" content="${escapeHtml(String(variant.fields?.byline ?? 'Marcus Feld'))}"></head>` +
    `<body><main><article><h1>${escapeHtml(title)}</h1>${prose(1)}${prose(2)}${variant.html}${prose(3)}${prose(4)}</article></main></body></html>`
  );
}
