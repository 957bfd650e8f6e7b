/**
 * Hostile and tricky pages against the built extension in Chromium (one headless launch for the file; the build's
 * copy is granted http(s) host access, see chromium-granted.ts, so the popup can read a tab without a toolbar click).
 * 1. The hostile corpus (tests/hardening/hostile/), every payload armed with a beacon: the popup and the overlay
 *    show the article and nothing of the payloads runs, loads or leaves 127.0.0.1.
 * 2. A page cannot drive the extension, reach into the overlay's closed shadow root or restyle it.
 * 3. A single-page app never gets a stale article; the toolbar badge follows its navigations.
 * 4. Restricted and non-HTML documents get a clear message in the popup, never a blank.
 */
import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { CHROME_DIR, requireBuild } from './extension-dirs';
import { OVERLAY, dumpReader, overlayHostStyle, readOverlay, type ReaderDump } from './hostile-beacons/closed-shadow';
import { HOSTILE_DIR, hostileNames, serveHostile, type HostileServer } from './hostile-beacons/hostile-server';

requireBuild(CHROME_DIR);

let browser: GrantedChromium | undefined;
let server: HostileServer;
/** Every request of every page, extension page and service worker in the profile, in order. */
const requests: Array<{ url: string; from: string }> = [];
/** Console messages and uncaught errors of every page, and every dialog any page opened. */
const consoleLines: Array<{ from: string; text: string }> = [];
const dialogs: string[] = [];

function watch(page: Page): void {
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (m: ConsoleMessage) => consoleLines.push({ from: page.url(), text: `${m.type()}: ${m.text()}` }));
  page.on('pageerror', (e) => consoleLines.push({ from: page.url(), text: `pageerror: ${e.message}` }));
}

beforeAll(async () => {
  server = await serveHostile();
  browser = await launchGrantedChromium();
  browser.ctx.on('page', watch);
  browser.ctx.pages().forEach(watch);
  browser.ctx.on('request', (r: Request) =>
    requests.push({ url: r.url(), from: r.serviceWorker() ? `service worker ${r.serviceWorker()!.url()}` : r.frame().url() }),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const b = () => browser!;
const isLocal = (url: string) => /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The popup in a tab, pointed at tabId, once it has left the loading state. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await b().ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${b().extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 20_000 });
  return popup;
}

const popupState = (popup: Page) => popup.getAttribute('[data-testid="popup-state"]', 'data-state');
const popupReader = (popup: Page): Promise<ReaderDump> => popup.evaluate(`(${dumpReader.toString()})(document)`);

/** Clicks the popup's "Open reader view" (a toggle) and waits until the page's overlay is there (or gone). */
async function toggleFromPopup(popup: Page, page: Page, open: boolean): Promise<void> {
  await popup.click('[data-testid="open-reader"]');
  await expect.poll(async () => (await readOverlay(b().ctx, page)) !== null, { timeout: 10_000 }).toBe(open);
}

/** What happened since a mark: requests, beacon hits, console lines. */
function since(mark: { requests: number; hits: number; console: number }) {
  return {
    requests: requests.slice(mark.requests),
    hits: server.hits().slice(mark.hits),
    console: consoleLines.slice(mark.console),
  };
}
const markNow = () => ({ requests: requests.length, hits: server.hits().length, console: consoleLines.length });

const headlineOf = (name: string) => /<h1>([^<]+)<\/h1>/.exec(readFileSync(`${HOSTILE_DIR}${name}.html`, 'utf8'))![1];
const FIRST_PARAGRAPH = 'The city council voted on Tuesday night to fund repairs to the Riverside branch library';

describe('hostile pages in Chromium (dist/chrome)', () => {
  it("the beacons are live: the page's own payloads report to the fixture server", async () => {
    const mark = markNow();
    const { page } = await b().openTab(`${server.origin}/hostile/script.html`);
    await page.waitForLoadState('networkidle');
    // The page's own inline <script> ran (it is allowed to: it is the page); its beacon reached the server.
    expect(since(mark).hits).toContain('/pwned/script/0');
    await page.close();
  });

  for (const name of hostileNames()) {
    it(`${name}: popup and overlay show the article, and no payload runs, loads or leaves 127.0.0.1`, async () => {
      const { page, tabId } = await b().openTab(`${server.origin}/hostile/${name}.html`);
      await page.waitForLoadState('networkidle');
      await sleep(300);
      // From here on, anything a payload does is the extension's doing: the page has finished its own.
      const mark = markNow();

      const popup = await openPopup(tabId);
      expect(await popupState(popup)).toBe('ready');
      const inPopup = await popupReader(popup);
      expect(inPopup.headlines).toEqual([headlineOf(name)]);
      expect(inPopup.body).toContain(FIRST_PARAGRAPH);
      expect(inPopup.dangerous).toEqual([]);

      await toggleFromPopup(popup, page, true);
      const overlay = (await readOverlay(b().ctx, page))!;
      expect(overlay.mode).toBe('closed');
      expect(overlay.reader.headlines).toEqual([headlineOf(name)]);
      expect(overlay.reader.body).toContain(FIRST_PARAGRAPH);
      expect(overlay.reader.dangerous).toEqual([]);
      await sleep(600); // lazy images load, handlers that would fire on load/error fire
      await toggleFromPopup(popup, page, false);

      const after = since(mark);
      expect(after.hits, 'beacon hits after the page settled').toEqual([]);
      expect(after.requests.filter((r) => /pwned/i.test(r.url)), 'requests carrying a payload').toEqual([]);
      expect(after.requests.filter((r) => !isLocal(r.url)), 'requests beyond 127.0.0.1').toEqual([]);
      expect(after.console.filter((l) => /pwned|refused to|content security policy/i.test(l.text)), 'console').toEqual([]);
      expect(dialogs).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
