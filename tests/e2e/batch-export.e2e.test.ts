/**
 * "Export all tabs in this window" end to end in Chromium: three fixture tabs served on 127.0.0.1 plus a browser
 * page, the export started from the popup (popup.html?tab=<id>), the JSONL and the zip read back from the
 * downloads folder, and every tab left as it was.
 *
 * Permission: the batch asks for the optional http(s) host permission with permissions.request(); a driven browser
 * cannot answer the prompt, so the extension is loaded from a copy whose manifest already grants it
 * (chromium-granted.ts). The request call, the injection into non-active tabs and the downloads are the real ones.
 * Firefox: the shipped build, with extensions.webextOptionalPermissionPrompts=false so the request made from the
 * (real, puppeteer) click is granted without its doorhanger; the file is saved by the background's blob URL.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { FIREFOX_DIR } from './extension-dirs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadIds, launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-launch';
import { expectedOf, serveFixtures, squash, type FixtureServer } from './fixture-server';

const SLUGS = ['kellerton-council-library', 'baothanhhoa-giao-ban-dan-van', 'portaldenpost-heat-warning'];
// The overlay's host (a plain <div> the extension marks; see content/overlay-host.ts).
const OVERLAY = '[data-lucid-reader-overlay]';

let server: FixtureServer;
let chromium: GrantedChromium | undefined;
let tabs: Array<{ page: Page; tabId: number }> = [];
let restricted: Page;

beforeAll(async () => {
  server = await serveFixtures();
  chromium = await launchGrantedChromium();
  // The window's first tab becomes the browser page the extension may not read.
  restricted = chromium.ctx.pages()[0] ?? (await chromium.ctx.newPage());
  await restricted.goto('chrome://version/');
  for (const slug of SLUGS) tabs.push(await chromium.openTab(server.url(slug)));
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The serialisation docs/json-schema.md names for sourceSha256, taken in the tab with the browser's own serialiser. */
const sourceSha256 = async (page: { evaluate<T>(fn: () => T): Promise<T> }) =>
  createHash('sha256')
    .update(await page.evaluate(() => (document.doctype ? `${new XMLSerializer().serializeToString(document.doctype)}\n` : '') + document.documentElement.outerHTML), 'utf8')
    .digest('hex');

const snapshot = (page: Page) =>
  page.evaluate((tag) => ({ url: location.href, html: document.documentElement.outerHTML, overlay: document.querySelector(tag) !== null }), OVERLAY);

/** Runs the batch from a popup page in the given format and returns the saved file's bytes and the rows shown. */
async function exportWindow(format: 'jsonl' | 'zip') {
  const { ctx, extensionId, sw } = chromium!;
  const popup = await ctx.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabs[0].tabId}`);
    await popup.click('[data-testid="show-tabs"]'); // the many-tabs export is a view of its own
    await popup.selectOption('[data-testid="batch-format"]', format);
    const before = new Set(await downloadIds(sw));
    await popup.click('[data-testid="export-window"]');
    await popup.waitForSelector('[data-testid="batch"][data-phase="done"]', { timeout: 60_000 });
    const rows = await popup.$$eval('[data-testid="batch-row"]', (els) =>
      els.map((el) => ({ status: el.getAttribute('data-status'), reason: el.getAttribute('data-reason'), url: el.getAttribute('data-url'), text: el.textContent })),
    );
    const progress = await popup.$eval('[data-testid="batch-progress"]', (el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max]);
    const summary = await popup.textContent('[data-testid="batch-summary"]');
    let id: number | undefined;
    await expect.poll(async () => (id = (await downloadIds(sw)).find((d) => !before.has(d))), { timeout: 10_000 }).toBeTypeOf('number');
    const file = await chromium!.downloaded(id!);
    const name = await sw.evaluate(async (i: number) => ((await (globalThis as any).chrome.downloads.search({ id: i }))[0] as { filename: string; mime: string }), id!);
    return { rows, progress, summary, file, name };
  } finally {
    await popup.close();
  }
}

describe('batch export (Chromium)', () => {
  it('exports every readable tab to one JSONL file, in tab order, and reports the browser page', async () => {
    const before = await Promise.all(tabs.map((t) => snapshot(t.page)));
    const { rows, progress, summary, file } = await exportWindow('jsonl');

    // Per-tab status in the popup: the browser page first (tab order), skipped with its reason.
    expect(rows.map((r) => [r.status, r.reason])).toEqual([['skipped', 'restricted'], ['exported', null], ['exported', null], ['exported', null]]);
    expect(rows.slice(1).map((r) => r.url)).toEqual(SLUGS.map((s) => server.url(s)));
    expect(progress).toEqual([4, 4]);
    expect(summary).toMatch(/^Exported 3 of 4 tabs to \d{4}-\d{2}-\d{2}-lucid-reader-4-tabs\.jsonl$/);

    const lines = file.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    // One line per tab, in tab order: the browser page with its status and reason, then the three articles.
    const all = lines.map((line) => JSON.parse(line));
    expect(all.map((r) => [r.tab.position, r.tab.status, r.tab.reason ?? null])).toEqual([[1, 'skipped', 'restricted'], [2, 'exported', null], [3, 'exported', null], [4, 'exported', null]]);
    expect(all[0].article).toBeUndefined();
    const records = all.slice(1);
    expect(records.map((r) => r.article.url)).toEqual(SLUGS.map((s) => server.url(s)));
    // The hash of the HTML each tab read, as the schema says it is taken.
    expect(records.map((r) => r.provenance.sourceSha256)).toEqual(await Promise.all(tabs.map((t) => sourceSha256(t.page))));
    expect(records.map((r) => squash(r.article.title))).toEqual(SLUGS.map((s) => squash(expectedOf(s).title)));
    for (const r of records) {
      expect(r.schemaVersion).toBe(1);
      expect(r.article.isArticle).toBe(true);
      expect(r.provenance.extractor.name).toBe('lucid-reader');
      expect(Date.parse(r.provenance.accessedAt)).toBeGreaterThan(Date.now() - 120_000);
      expect(r.article.paragraphs.length).toBeGreaterThan(2);
    }

    // No tab was changed: same address, same document, no reader overlay left open.
    expect(await Promise.all(tabs.map((t) => snapshot(t.page)))).toEqual(before);
    expect(restricted.url()).toBe('chrome://version/');
  });

  it('the zip holds index.json and one Markdown file per article', async () => {
    const { file, rows } = await exportWindow('zip');
    expect(rows.filter((r) => r.status === 'exported')).toHaveLength(3);
    const entries = unzipSync(new Uint8Array(file));
    const names = Object.keys(entries);
    expect(names[0]).toBe('index.json');
    const index = JSON.parse(strFromU8(entries['index.json']));
    expect(index.tabs.map((t: { status: string }) => t.status)).toEqual(['skipped', 'exported', 'exported', 'exported']);
    expect(index.tabs[0].reason).toBe('restricted');
    const md = index.tabs.slice(1).map((t: { file: string }) => t.file);
    expect(names.slice(1)).toEqual(md);
    SLUGS.forEach((slug, i) => {
      const text = strFromU8(entries[md[i]]);
      expect(text.startsWith('---\ntitle: ')).toBe(true);
      expect(text).toContain(`url: "${server.url(slug)}"`);
    });
  });
});

describe('batch export (Firefox ESR)', () => {
  it('asks for the optional permission on click, exports the readable tabs to JSONL and reports about:blank', async () => {
    const uuid = '7b1d2c58-0e4f-4a3b-8c6d-1e2f3a4b5c6d';
    const downloads = mkdtempSync(join(tmpdir(), 'lucid-e2e-downloads-'));
    let firefox: FirefoxWithExtension | undefined;
    try {
      firefox = await launchFirefoxWithExtension(FIREFOX_DIR, {
        uuid,
        prefs: {
          'extensions.webextOptionalPermissionPrompts': false,
          'browser.download.dir': downloads,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
        },
      });
      const { browser } = firefox;
      const pages = [];
      for (const slug of SLUGS) {
        const page = await browser.newPage();
        await page.goto(server.url(slug));
        pages.push(page);
      }
      const before = await Promise.all(pages.map((p) => p.evaluate(() => ({ url: location.href, html: document.documentElement.outerHTML }))));
      const popup = await browser.newPage();
      void popup.goto(`moz-extension://${uuid}/popup.html`).catch(() => undefined); // never resolves for moz-extension:
      const phase = () => popup.$eval('[data-testid="batch"]', (el) => el.getAttribute('data-phase')).catch(() => null);
      // The many-tabs export is a view of its own. The popup is still loading (goto is not awaited above): click once
      // its header is there, again if the node was replaced meanwhile.
      await expect
        .poll(() => popup.click('[data-testid="show-tabs"]').then(() => true, () => false), { timeout: 20_000, interval: 200 })
        .toBe(true);
      await expect.poll(phase, { timeout: 20_000, interval: 200 }).toBe('idle');
      await popup.click('[data-testid="export-window"]');
      await expect.poll(phase, { timeout: 60_000, interval: 250 }).toBe('done');
      const rows = await popup.$$eval('[data-testid="batch-row"]', (els) => els.map((el) => [el.getAttribute('data-status'), el.getAttribute('data-reason')]));
      // The window's first tab is the start page (about:blank): reported, not read.
      expect(rows).toEqual([['skipped', 'restricted'], ['exported', null], ['exported', null], ['exported', null]]);
      await expect.poll(() => readdirSync(downloads).filter((f) => f.endsWith('.jsonl')).length, { timeout: 10_000 }).toBe(1);
      const file = readdirSync(downloads).find((f) => f.endsWith('.jsonl'))!;
      const all = readFileSync(join(downloads, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(all.map((r) => [r.tab.status, r.tab.reason ?? null])).toEqual(rows);
      const records = all.filter((r) => r.article);
      expect(records.map((r) => squash(r.article.title))).toEqual(SLUGS.map((s) => squash(expectedOf(s).title)));
      expect(records.map((r) => r.provenance.sourceSha256)).toEqual(await Promise.all(pages.map((p) => sourceSha256(p))));
      expect(await Promise.all(pages.map((p) => p.evaluate(() => ({ url: location.href, html: document.documentElement.outerHTML }))))).toEqual(before);
    } finally {
      await firefox?.close();
      rmSync(downloads, { recursive: true, force: true });
    }
  });
});
