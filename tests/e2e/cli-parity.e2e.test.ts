/**
 * One page, two programs, the same bytes: what the extension downloads for a fixture served on 127.0.0.1 must equal
 * what `lucid extract <page> --url <url> --accessed <time>` prints for the same HTML, URL and access time.
 * The access time is read back from the extension's own export (Markdown front matter, JSON provenance), so no
 * test-only switch is needed in the extension.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadIds, launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { fixtureSlugs } from './extension-dirs';
import { FIXTURES, expectedOf, serveFixtures, type FixtureServer } from './fixture-server';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A sample of the article fixtures (Vietnamese and English; tables, captions, live blog), to keep the run short. */
const SAMPLE = ['baothanhhoa-giao-ban-dan-van', 'mientayonline-mua-nuoc-noi-phong-su-anh', 'kellerton-council-library', 'westhaven-storm-fenna-live'];
const ARTICLES = fixtureSlugs().filter((slug) => SAMPLE.includes(slug) && expectedOf(slug).isArticle);
const FORMATS = ['md', 'txt', 'json'] as const;

/**
 * Markup where a browser's serialiser and linkedom's could disagree: entities and < > & " in attributes and text,
 * an uppercase tag and unquoted attributes, nbsp / soft hyphen / zero-width space, CR LF, <pre>, tables.
 * Not here: mis-nested formatting tags (<b>x<i>y</b>z</i>). Browsers repair them with the HTML5 adoption agency
 * algorithm (<i> reopened around "z"); linkedom's parser does not, so the CLI keeps "z" but loses its italics.
 * Nor uppercase attribute names (<img ALT="…">): the HTML parser lowercases them, linkedom keeps them as written,
 * so getAttribute('alt') finds nothing and the CLI records an empty alt.
 */
const ODD_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Odd markup test – The Test Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Test Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Odd markup survives the trip","datePublished":"2024-05-06T07:08:09+02:00","author":{"@type":"Person","name":"Ada Writer"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Odd markup survives the trip</h1>
<p class=byline>By Ada Writer</p>
<p>First paragraph with a non&nbsp;breaking space, an ampersand &amp; a less-than &lt; sign and a greater-than &gt; sign, repeated so that Readability treats this block as real content, which it needs plenty of text to do.</p>
<p>A <a href="/path?a=1&amp;b=2" title="1 &lt; 2 &gt; 0 &amp; &quot;quoted&quot;">link with odd attributes</a>, an <IMG src="/img/a.png" alt="a<b & c>d" width=10> image, a zero&#8203;width space, a soft&shy;hyphen, and <b>bold <i>and italic</i></b> tags, and a line<br/>break, all in one long sentence written to be long enough.</p>
<p>Tabs	and
newlines
in text,   runs of spaces, “curly quotes”, Tiếng Việt có dấu, emoji 🙂, and a <code>&lt;script&gt;</code> literal in code, plus <q cite="http://example.com/?x=&quot;y&quot;">a quotation</q> with an odd cite attribute.</p>
<table><tr><td>Cell & one</td><td>Cell &lt;two&gt;</td></tr></table>
<pre>  preformatted
    text &amp; stuff  </pre>
<p>The last paragraph says thank you for reading this test article about markup that browsers and linkedom may serialise differently, again long enough to count as content in the reader.</p>
</article></main>
<footer>Copyright</footer>
</body></html>
`.replace(/\n/g, '\r\n');

let server: FixtureServer;
let oddServer: Server;
let oddUrl: string;
let oddDir: string;
let chromium: GrantedChromium | undefined;

beforeAll(async () => {
  server = await serveFixtures();
  oddDir = mkdtempSync(join(tmpdir(), 'lucid-parity-'));
  writeFileSync(join(oddDir, 'page.html'), ODD_PAGE);
  oddServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ODD_PAGE));
  await new Promise<void>((resolve) => oddServer.listen(0, '127.0.0.1', resolve));
  oddUrl = `http://127.0.0.1:${(oddServer.address() as AddressInfo).port}/2024/odd-markup.html`;
  chromium = await launchGrantedChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await new Promise((resolve) => oddServer?.close(resolve));
  if (oddDir) rmSync(oddDir, { recursive: true, force: true });
});

const pageFile = (slug: string) => (slug === 'odd-markup' ? join(oddDir, 'page.html') : `${FIXTURES}${slug}/page.html`);
const pageUrl = (slug: string) => (slug === 'odd-markup' ? oddUrl : server.url(slug));

async function cli(slug: string, format: string, accessed: string): Promise<string> {
  const args = ['bin/lucid.js', 'extract', pageFile(slug), '--url', pageUrl(slug), '--accessed', accessed, '--format', format];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20 });
  return stdout;
}

/** The access time the extension wrote into its own export. */
function accessedIn(format: string, text: string): string {
  if (format === 'json') return JSON.parse(text).provenance.accessedAt;
  const match = /^accessed: "?([0-9T:.Z-]+)"?$/m.exec(text);
  return match ? match[1] : '2000-01-01T00:00:00.000Z'; // plain text records no time
}

/** Downloads one format from the popup and returns the file's text. */
async function downloadFromPopup(popup: import('playwright-core').Page, format: string): Promise<string> {
  const { sw } = chromium!;
  const before = new Set(await downloadIds(sw));
  // Every format is in the popup's export menu; choosing one closes it.
  await popup.click('[data-testid="export-menu-toggle"]');
  await popup.click(`[data-testid="download-${format}"]`);
  let id: number | undefined;
  await expect.poll(async () => (id = (await downloadIds(sw)).find((d) => !before.has(d))), { timeout: 10_000 }).toBeTypeOf('number');
  return (await chromium!.downloaded(id!)).toString('utf8');
}

describe('CLI and extension give byte-identical exports (Chromium)', () => {
  it.each([...ARTICLES, 'odd-markup'])('%s', async (slug) => {
    const { page, tabId } = await chromium!.openTab(pageUrl(slug));
    const popup = await chromium!.ctx.newPage();
    try {
      await popup.goto(`chrome-extension://${chromium!.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="export-menu-toggle"]', { timeout: 20_000 });
      for (const format of FORMATS) {
        const fromExtension = await downloadFromPopup(popup, format);
        let fromCli = await cli(slug, format, accessedIn(format, fromExtension));
        if (format === 'json') {
          // The one field that differs by design: the extension reads the live document, never the bytes the server
          // sent, so its sourceSha256 is of the page as the tab serialises it (docs/json-schema.md), the CLI's of the
          // file. Everything else must match exactly.
          const record = JSON.parse(fromCli);
          expect(record.provenance.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
          const serialised = await page.evaluate(() => (document.doctype ? `${new XMLSerializer().serializeToString(document.doctype)}\n` : '') + document.documentElement.outerHTML);
          const ext = JSON.parse(fromExtension);
          expect(ext.provenance.sourceSha256).toBe(createHash('sha256').update(serialised, 'utf8').digest('hex'));
          record.provenance.sourceSha256 = ext.provenance.sourceSha256;
          fromCli = `${JSON.stringify(record, null, 2)}\n`;
        }
        expect(fromExtension, `${slug} .${format}`).toBe(fromCli);
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
