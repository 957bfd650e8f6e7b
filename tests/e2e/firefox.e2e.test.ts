/**
 * The built extension in Firefox ESR (dist/firefox) over WebDriver BiDi (puppeteer-core), one headed launch on a
 * private Xvfb display so a real key press can reach commands.onCommand.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectArticleShown, readShownArticle } from './article-checks';
import { FIREFOX_DIR, fixtureSlugs, requireBuild, suggestedShortcut, xdotoolKeys } from './extension-dirs';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-launch';
import { CATEGORY, FOUNDING, expectedOf, serveFixtures, type FixtureServer } from './fixture-server';
import { pressKeys, startXvfb, type Display } from './xvfb';

const manifest = requireBuild(FIREFOX_DIR);
const UUID = '5a0c3e47-6f1d-4d2b-9b7e-2c1f0e9d8a61';
const BASE = `moz-extension://${UUID}`;
// The overlay's host once its reader has rendered (a plain <div> the extension marks; see content/overlay-host.ts).
const OVERLAY = '[data-lucid-reader-overlay="shown"]';

let xvfb: Display | undefined;
let server: FixtureServer;
let firefox: FirefoxWithExtension | undefined;
let browser: Browser | undefined;
/** An extension page (options.html) from which the tests call the WebExtension APIs. */
let control: Page;

beforeAll(async () => {
  xvfb = await startXvfb();
  server = await serveFixtures();
  firefox = await launchFirefoxWithExtension(FIREFOX_DIR, { uuid: UUID, display: xvfb.display, window: { width: 1100, height: 760 } });
  browser = firefox.browser;
  control = await browser.newPage();
  void control.goto(`${BASE}/options.html`).catch(() => undefined); // never resolves for moz-extension: pages
  await control.waitForSelector('body *', { timeout: 15_000 });
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  xvfb?.close();
});

const api = <T>(fn: () => Promise<T>): Promise<T> => control.evaluate(fn) as Promise<T>;

/** Opens url in a new tab; returns the page and its tab id (found by URL: Firefox shows it to this extension). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser!.newPage();
  await page.goto(url);
  const tabId = await control.evaluate(
    async (u) => (await (globalThis as any).browser.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined,
    url,
  );
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  return { page, tabId };
}

/** The tab's toolbar badge text. */
const badgeOf = (tabId: number) => control.evaluate((i) => (globalThis as any).browser.action.getBadgeText({ tabId: i }) as Promise<string>, tabId);

async function badgeAfterDetection(tabId: number): Promise<string> {
  const reported = (id: number) =>
    control.evaluate(async (i) => {
      const bg = (await (globalThis as any).browser.runtime.getBackgroundPage()) as { __lucidDetectTimings?: Map<number, number[]> };
      return bg.__lucidDetectTimings?.has(i) ?? false;
    }, id);
  await expect.poll(() => reported(tabId), { timeout: 10_000 }).toBe(true);
  return badgeOf(tabId);
}

const overlayOpen = (page: Page) => page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY);
const pageSnapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY }));

describe('Firefox ESR (dist/firefox)', () => {
  let foundingTabId: number | undefined;

  it('loads the extension and binds the default shortcut', async () => {
    const commands = await api(() => (globalThis as any).browser.commands.getAll() as Promise<Array<{ name: string; shortcut: string }>>);
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe(suggestedShortcut(manifest));
  });

  it('sets the toolbar badge on article fixtures and not on the category page', async () => {
    const slugs = fixtureSlugs();
    expect(slugs).toContain(CATEGORY);
    for (const slug of slugs) {
      const { page, tabId } = await openTab(server.url(slug));
      const badge = await badgeAfterDetection(tabId);
      expect(badge !== '', `${slug}: badge "${badge}"`).toBe(expectedOf(slug).isArticle);
      await page.close();
    }
  });

  it('marks an article again when Back restores it from the back/forward cache', async () => {
    const { page, tabId } = await openTab(server.url(FOUNDING, { cacheable: true }));
    const badge = () => badgeOf(tabId);
    expect(await badgeAfterDetection(tabId)).not.toBe('');
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.goto(server.url(CATEGORY, { cacheable: true }));
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    // A restored page fires no load event, which page.goBack would wait for: go back from the page itself.
    await page.evaluate(() => setTimeout(() => history.back(), 0));
    await expect
      .poll(() => page.evaluate(() => location.pathname + (document.readyState === 'complete' ? '' : ' loading')).catch(() => 'navigating'), { timeout: 10_000 })
      .toBe(new URL(server.url(FOUNDING)).pathname);
    expect(await page.evaluate(() => (window as any).__sameDocument === true), 'Back restored the page from the back/forward cache').toBe(true);
    await expect.poll(badge, { timeout: 10_000 }).not.toBe('');
    await page.close();
  });

  it('a real shortcut press opens the reader overlay and a second closes it, restoring the page', async () => {
    const { page, tabId } = await openTab(server.url(FOUNDING));
    foundingTabId = tabId;
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 640));
    const before = await pageSnapshot(page);
    const title = await page.title();
    const keys = xdotoolKeys(suggestedShortcut(manifest));

    pressKeys(xvfb!.display, title, keys);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    // Scrolling over the reader scrolls the reader, never the page behind it.
    await page.mouse.move(550, 400);
    await page.mouse.wheel({ deltaY: 1500 });
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.evaluate(() => scrollY)).toBe(before.y);
    pressKeys(xvfb!.display, title, keys);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    expect(await pageSnapshot(page)).toEqual(before);
  });

  it("the popup shows the founding page's article, cleaned", async () => {
    expect(foundingTabId, 'the shortcut test opens the founding page').toBeTypeOf('number');
    const popup = await browser!.newPage();
    void popup.goto(`${BASE}/popup.html?tab=${foundingTabId}`).catch(() => undefined);
    // Polled by hand: a BiDi wait started while the tab is still switching to moz-extension: can fail outright.
    const ready = () => popup.$('[data-testid="popup-state"][data-state="ready"]').then((el) => el !== null, () => false);
    await expect.poll(ready, { timeout: 20_000, interval: 200 }).toBe(true);
    expectArticleShown(await popup.evaluate(readShownArticle), expectedOf(FOUNDING));
    // The reader's first press left the attendee pass for after the article (content/overlay.ts); the popup's article
    // has it, and its digest names the meeting's chair.
    const chair = (expectedOf(FOUNDING) as unknown as { attendees: { people: { name: string; parts: string[] }[] } }).attendees.people.find((p) => p.parts.includes('chair'))!.name;
    expect(await popup.$eval('[data-testid="attendees"] summary', (s) => s.textContent)).toContain(chair);
    await popup.close();
  });
});
