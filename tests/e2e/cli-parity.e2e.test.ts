/**
 * One page, two programs, the same bytes: what the extension downloads for a fixture served on 127.0.0.1 must equal
 * what `lucid extract <page> --url <url> --accessed <time>` prints for the same HTML, URL and access time.
 * The access time is read back from the extension's own export (Markdown front matter, JSON provenance), so no
 * test-only switch is needed in the extension.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadIds, launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { fixtureSlugs } from './extension-dirs';
import { FIXTURES, expectedOf, serveFixtures, type FixtureServer } from './fixture-server';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = fixtureSlugs().filter((slug) => expectedOf(slug).isArticle);
const FORMATS = ['md', 'txt', 'json'] as const;

let server: FixtureServer;
let chromium: GrantedChromium | undefined;

beforeAll(async () => {
  server = await serveFixtures();
  chromium = await launchGrantedChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function cli(slug: string, format: string, accessed: string): Promise<string> {
  const args = ['bin/lucid.js', 'extract', `${FIXTURES}${slug}/page.html`, '--url', server.url(slug), '--accessed', accessed, '--format', format];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20 });
  return stdout;
}

/** The access time the extension wrote into its own export. */
function accessedIn(format: string, text: string): string {
  if (format === 'json') return JSON.parse(text).provenance.accessedAt;
  const match = /^accessed: '?([0-9T:.Z-]+)'?$/m.exec(text);
  return match ? match[1] : '2000-01-01T00:00:00.000Z'; // plain text records no time
}

/** Downloads one format from the popup and returns the file's text. */
async function downloadFromPopup(popup: import('playwright-core').Page, format: string): Promise<string> {
  const { sw } = chromium!;
  const before = new Set(await downloadIds(sw));
  await popup.click(`[data-testid="download-${format}"]`);
  let id: number | undefined;
  await expect.poll(async () => (id = (await downloadIds(sw)).find((d) => !before.has(d))), { timeout: 10_000 }).toBeTypeOf('number');
  return (await chromium!.downloaded(id!)).toString('utf8');
}

describe('CLI and extension give byte-identical exports (Chromium)', () => {
  it.each(ARTICLES)('%s', async (slug) => {
    const { page, tabId } = await chromium!.openTab(server.url(slug));
    const popup = await chromium!.ctx.newPage();
    try {
      await popup.goto(`chrome-extension://${chromium!.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="download-json"]', { timeout: 20_000 });
      for (const format of FORMATS) {
        const fromExtension = await downloadFromPopup(popup, format);
        let fromCli = await cli(slug, format, accessedIn(format, fromExtension));
        if (format === 'json') {
          // The one field the extension cannot know: it reads the live document, never the bytes the server sent,
          // so it records sourceSha256 null where the CLI hashes the file. Everything else must match exactly.
          const record = JSON.parse(fromCli);
          expect(record.provenance.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
          expect(JSON.parse(fromExtension).provenance.sourceSha256).toBeNull();
          record.provenance.sourceSha256 = null;
          fromCli = `${JSON.stringify(record, null, 2)}\n`;
        }
        if (process.env.PARITY_DUMP) {
          const fs = await import('node:fs');
          fs.mkdirSync(process.env.PARITY_DUMP, { recursive: true });
          fs.writeFileSync(`${process.env.PARITY_DUMP}/${slug}.${format}.ext`, fromExtension);
          fs.writeFileSync(`${process.env.PARITY_DUMP}/${slug}.${format}.cli`, fromCli);
          continue;
        }
        expect(fromExtension, `${slug} .${format}`).toBe(fromCli);
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
