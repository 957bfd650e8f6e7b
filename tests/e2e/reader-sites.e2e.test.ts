/**
 * "Always open the reader on this site" in Chromium: the build granted host access (what turning the switch on asks
 * for, per site; a driven browser cannot answer the prompt). On a listed site the reader opens by itself on an
 * article and not on a page that is not one; on a site not listed it does not open; the options page lists the
 * site and removes it.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { SCREENSHOTS } from './extension-dirs';
import { CATEGORY, FOUNDING, serveFixtures, type FixtureServer } from './fixture-server';

const OVERLAY = '[data-lucid-reader-overlay="shown"]';
let chromium: GrantedChromium;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  chromium = await launchGrantedChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const setSites = (sites: string[]) => chromium.sw.evaluate((list: string[]) => (globalThis as any).chrome.storage.sync.set({ readerSites: list }), sites);
const storedSites = () => chromium.sw.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('readerSites')).readerSites as string[] | undefined);
const detected = (tabId: number) =>
  expect.poll(() => chromium.sw.evaluate((id: number) => ((globalThis as any).__lucidDetectTimings as Map<number, number[]>).has(id), tabId), { timeout: 10_000 }).toBe(true);
const overlayIn = (page: import('playwright-core').Page) => page.evaluate((sel) => document.querySelector(sel) !== null, OVERLAY);

describe('Always open the reader on this site (Chromium)', () => {
  it('opens the reader by itself on an article of a listed site, never on a page that is not one', async () => {
    const site = new URL(server.url(FOUNDING)).origin;
    await setSites([site]);
    const article = await chromium.openTab(server.url(FOUNDING));
    await expect.poll(() => overlayIn(article.page), { timeout: 15_000 }).toBe(true);
    await article.page.close();

    const category = await chromium.openTab(server.url(CATEGORY));
    await detected(category.tabId);
    // The detector has answered "not an article": nothing is on its way; a moment for a wrong opening to show.
    await category.page.waitForTimeout(1500);
    expect(await category.page.evaluate(() => document.querySelector('[data-lucid-reader-overlay]') !== null)).toBe(false);
    await category.page.close();
  });

  it('does not open on a site that is not listed', async () => {
    await setSites([]);
    const { page, tabId } = await chromium.openTab(server.url(FOUNDING));
    await detected(tabId);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelector('[data-lucid-reader-overlay]') !== null)).toBe(false);
    await page.close();
  });

  it('the options page lists the site and removes it', async () => {
    const site = new URL(server.url(FOUNDING)).origin;
    await setSites([site]);
    const options = await chromium.ctx.newPage();
    await options.setViewportSize({ width: 720, height: 900 });
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    const row = options.locator('[data-testid="reader-sites"] li');
    await expect.poll(() => row.allTextContents()).toEqual([expect.stringContaining(site)]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.locator('[data-testid="reader-sites"]').screenshot({ path: `${SCREENSHOTS}options-reader-sites.png` });
    await options.getByRole('button', { name: `Remove ${site}` }).click();
    await expect.poll(storedSites).toEqual([]);
    await expect.poll(() => row.count()).toBe(0);
    await options.close();
  });
});
