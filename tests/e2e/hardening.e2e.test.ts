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
import { OVERLAY, dumpReaderOf, isOverlayHost, overlayHostStyle, readOverlay, type ReaderDump } from './hostile-beacons/closed-shadow';
import { HOSTILE_DIR, hostileNames, serveHostile, type HostileServer } from './hostile-beacons/hostile-server';
import { ATTACK_PAGE, CLIP, HEADLINE, VIEW, actAsAPerson, expectShotsLikeCalm, hostLookOf, type HostLook } from './hostile-beacons/reader-attack';

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
  // The background gives up on a silent extractor after 20 s and says so: wait a little longer than that.
  await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 30_000 });
  return popup;
}

const popupState = (popup: Page) => popup.getAttribute('[data-testid="popup-state"]', 'data-state');
const popupReader = (popup: Page): Promise<ReaderDump> => popup.evaluate(dumpReaderOf('document'));

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
      // Closing the overlay hands focus back to what had it (by design): an autofocused field's own onfocus would
      // then run again as the page's code. Start from nothing focused so that any later hit is the extension's.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      await sleep(300);
      // From here on, anything a payload does is the extension's doing: the page has finished its own.
      const mark = markNow();

      const popup = await openPopup(tabId);
      // A page the detector doubts gets "Extract anyway", which is what a reader would click.
      if ((await popupState(popup)) === 'not-article') {
        await popup.click('[data-testid="extract-anyway"]');
        await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 20_000 });
      }
      const state = await popupState(popup);
      // dom-clobbering.html names form controls after DOM properties (<input name="parentNode">): extraction reads
      // the page through prototype accessors and strips such names from its working copy (src/core/page/dom-safety.ts).
      expect(state).toBe('ready');
      if (state === 'ready') {
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
      } else {
        expect((await popup.textContent('[data-testid="error"]'))?.trim()).toMatch(/\w{3,}/);
      }

      const after = since(mark);
      expect(after.hits, 'beacon hits after the page settled').toEqual([]);
      expect(after.requests.filter((r) => /pwned/i.test(r.url)), 'requests carrying a payload').toEqual([]);
      expect(after.requests.filter((r) => !isLocal(r.url)), 'requests beyond 127.0.0.1').toEqual([]);
      expect(after.console.filter((l) => /pwned|refused to|content security policy/i.test(l.text)), 'console').toEqual([]);
      expect(dialogs).toEqual([]);
      await popup.close();
      await page.close({ runBeforeUnload: false });
    });
  }
});

describe('a page cannot drive, reach or restyle the extension', () => {
  const extractorInTab = (tabId: number) =>
    b().sw.evaluate(async (id: number) => {
      const chrome = (globalThis as any).chrome;
      // The content scripts' isolated world, where the extractor sets its flag.
      const [probe] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as any).__lucidReaderExtractor === true });
      return probe.result as boolean;
    }, tabId);
  const drive = (page: Page, tabId: number) =>
    page.evaluate(([id, ext]) => (window as any).drive(id, ext) as string[], [tabId, b().extensionId] as const);

  it('messages, events, fake shortcuts and DOM churn from the page open nothing and extract nothing', async () => {
    const { page, tabId } = await b().openTab(`${server.origin}/page/drive.html`);
    await page.waitForLoadState('networkidle');
    await drive(page, tabId);
    await sleep(1000);
    expect(await readOverlay(b().ctx, page)).toBeNull();
    // Nothing of the page's made the extension inject its extractor (the page set the flag in its own world only).
    expect(await extractorInTab(tabId)).toBe(false);

    const popup = await openPopup(tabId);
    expect(await popupState(popup)).toBe('ready');
    expect((await popupReader(popup)).headlines).toEqual(['Library board answers questions from readers']);
    expect(await extractorInTab(tabId)).toBe(true);

    // The extractor is listening now: the same attempts still open nothing.
    await drive(page, tabId);
    await sleep(1000);
    expect(await readOverlay(b().ctx, page)).toBeNull();

    // The person opens the reader: the page sees a host with no shadow root, cannot attach one, and its
    // attachShadow hook (installed before the extension ran) caught nothing: the content script has its own world.
    await toggleFromPopup(popup, page, true);
    const seen = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      let attach = 'attached';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        attach = (e as Error).name;
      }
      return { shadowRoot: host.shadowRoot, attach, stolen: (window as any).__stolenRoots.length as number };
    }, OVERLAY);
    expect(seen).toEqual({ shadowRoot: null, attach: 'NotSupportedError', stolen: 0 });
    const overlay = (await readOverlay(b().ctx, page))!;
    expect(overlay.mode).toBe('closed');
    expect(overlay.reader.headlines).toEqual(['Library board answers questions from readers']);

    // Toggle-shaped messages while it is open do not close it either, nor does a synthetic Escape.
    await drive(page, tabId);
    await page.evaluate(() => {
      for (const target of [window, document, document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      }
    });
    await sleep(500);
    expect(await readOverlay(b().ctx, page)).not.toBeNull();

    // A page that removes the reader's host has closed it: one click on "Open reader view" opens it again.
    await page.evaluate((tag) => document.querySelector(tag)!.remove(), OVERLAY);
    await toggleFromPopup(popup, page, true);
    expect((await readOverlay(b().ctx, page))!.reader.headlines).toEqual(['Library board answers questions from readers']);
    await toggleFromPopup(popup, page, false);
    await popup.close();
    await page.close();
  });

  it('page CSS with !important rules neither hides nor restyles the overlay', async () => {
    const look = async (url: string) => {
      const { page, tabId } = await b().openTab(url);
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.waitForLoadState('networkidle');
      const pageHeadline = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
      const popup = await openPopup(tabId);
      await toggleFromPopup(popup, page, true);
      await page.bringToFront();
      await sleep(400); // fonts and layout settle
      const host = await overlayHostStyle(b().ctx, page);
      const reader = (await readOverlay(b().ctx, page))!.reader;
      // What the page itself finds at the centre of its viewport: the overlay's host, on top of everything.
      const top = await page.evaluate(`(${isOverlayHost.toString()})(document.elementFromPoint(innerWidth / 2, innerHeight / 2))`);
      // The page's own scrollbar (its length differs between the two pages) is left out of the picture.
      const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 960, height: 700 }, caret: 'initial' });
      await toggleFromPopup(popup, page, false);
      await popup.close();
      await page.close();
      return { pageHeadline, host, reader, top, shot };
    };
    const calm = await look(`${server.origin}/page/css-attack.html?without=attack`);
    const attacked = await look(`${server.origin}/page/css-attack.html`);
    // The attack is live on the page itself…
    expect(calm.pageHeadline).not.toBe('rgb(255, 0, 0)');
    expect(attacked.pageHeadline).toBe('rgb(255, 0, 0)');
    // …and changes nothing in the reader.
    expect(attacked.reader.headlines).toEqual(calm.reader.headlines);
    expect(attacked.top).toBe(true);
    expect(attacked.host).toEqual(calm.host);
    expect(attacked.reader.styles).toEqual(calm.reader.styles);
    expect(attacked.reader.styles.headline.color).not.toBe('rgb(255, 0, 0)');
    expect(attacked.shot.equals(calm.shot), 'the overlay looks the same, pixel for pixel').toBe(true);
  });
});

describe('the page can neither open, read nor paint over the reader (issue #14, 4 and 5)', () => {
  /**
   * Opens the reader on url, acts as a person would (clicks where the page's password field would be and types,
   * drags over the headline, selects all), waits while the page's timers re-open their prompts and make their
   * reading attempts, and takes three screenshots over two seconds.
   */
  async function readWith(url: string) {
    const { page, tabId } = await b().openTab(url);
    await page.setViewportSize(VIEW);
    await page.waitForLoadState('networkidle');
    const live = await page.evaluate(() => ({
      filter: getComputedStyle(document.documentElement).filter,
      before: getComputedStyle(document.body, '::before').content,
      prompts: document.querySelectorAll(':modal, :popover-open').length,
    }));
    const popup = await openPopup(tabId);
    expect(await popupState(popup)).toBe('ready');
    await toggleFromPopup(popup, page, true);
    await page.bringToFront();
    await sleep(500);
    const look = (await page.evaluate(hostLookOf(OVERLAY))) as HostLook;
    await actAsAPerson(page);
    await sleep(1200); // the page re-opens its prompts every 250 ms and reads at 300 and 1500 ms
    const shots = [];
    for (let i = 0; i < 3; i++) {
      shots.push(await page.screenshot({ clip: CLIP, caret: 'initial' }));
      await sleep(400);
    }
    const reader = (await readOverlay(b().ctx, page))!.reader;
    await toggleFromPopup(popup, page, false);
    await popup.close();
    await page.close({ runBeforeUnload: false });
    return { live, look, shots, reader };
  }

  it('custom elements, prototype hooks, observers, selections, ::before/::after, <html> effects, top-layer prompts and web fonts', async () => {
    const calm = await readWith(`${server.origin}${ATTACK_PAGE}?without=attack`);
    const mark = markNow();
    const attacked = await readWith(`${server.origin}${ATTACK_PAGE}`);
    const after = since(mark);
    const probes = server.probes().filter((p) => p.startsWith('/probe/reader-attack/'));

    // The attack was live: its CSS applied to the page, its prompts were up before and after the reader opened, it saw
    // the reader's host appear and made its reading attempts.
    expect(calm.live).toEqual({ filter: 'none', before: 'none', prompts: 0 });
    expect(attacked.live.filter).not.toBe('none');
    expect(attacked.live.before).toContain('Enter your password');
    expect(attacked.live.prompts).toBeGreaterThanOrEqual(2);
    for (const step of ['prompts-before', 'host-seen', 'prompts-after', 'later']) expect(probes).toContain(`/probe/reader-attack/${step}`);

    // It got nothing: no shadow root, no node of the reader, none of its text, no keystroke in its prompt.
    expect.soft(after.hits, 'what the page reported getting').toEqual([]);
    // Page CSS on the host, its ::before/::after and <html> (!important, inline !important, animations) changed nothing.
    expect.soft(attacked.look).toEqual(calm.look);
    expect(calm.look.before).toEqual({ content: 'none', display: 'none' });
    expect.soft(attacked.reader.headlines).toEqual([HEADLINE]);
    expect(calm.reader.headlines).toEqual([HEADLINE]);
    expect.soft(attacked.reader.styles).toEqual(calm.reader.styles);

    // And nothing of it shows: the reader looks exactly as it does on the calm page, with none of the attack's colours.
    expectShotsLikeCalm(calm.shots[0], attacked.shots, 'chromium');
  });
});

describe('single-page sites', () => {
  const ONE = { path: '/spa/council-funds-library-repairs-after-long-debate', title: 'Council funds library repairs after long debate' };
  const TWO = { path: '/spa/ferry-timetable-changes-from-next-month', title: 'Ferry timetable changes from next month' };

  it('popup, overlay and badge follow pushState and history.back(): never a stale article', async () => {
    const { page, tabId } = await b().openTab(`${server.origin}${ONE.path}`);
    const detections = () =>
      b().sw.evaluate((id: number) => (((globalThis as any).__lucidDetectTimings as Map<number, number[]>).get(id) ?? []).length, tabId);
    const badge = () => b().sw.evaluate((id: number) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);
    /** Runs a navigation, then waits for the detector's new report and the badge it sets. */
    const navigate = async (step: () => Promise<unknown>, expectedPath: string, expectedBadge: string) => {
      const before = await detections();
      await step();
      await expect.poll(() => new URL(page.url()).pathname).toBe(expectedPath);
      await expect.poll(detections, { timeout: 10_000 }).toBeGreaterThan(before);
      await expect.poll(badge, { timeout: 5_000 }).toBe(expectedBadge);
    };
    const shows = async (title: string) => {
      const popup = await openPopup(tabId);
      expect(await popupState(popup)).toBe('ready');
      expect((await popupReader(popup)).headlines).toEqual([title]);
      await toggleFromPopup(popup, page, true);
      expect((await readOverlay(b().ctx, page))!.reader.headlines).toEqual([title]);
      await toggleFromPopup(popup, page, false);
      await popup.close();
    };

    await expect.poll(detections, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await badge()).toBe('✓');
    await shows(ONE.title);

    await navigate(() => page.evaluate((p) => (window as any).go(p), TWO.path), TWO.path, '✓');
    await shows(TWO.title);

    // The front page: a list of teasers; the badge goes out and the popup offers no article of before.
    await navigate(() => page.evaluate(() => (window as any).go('/spa/')), '/spa/', '');
    const front = await openPopup(tabId);
    expect(await popupState(front)).toBe('not-article');
    expect(await front.textContent('[data-testid="popup-state"]')).not.toContain(TWO.title);
    await front.close();

    // history.back() is asynchronous: the step ends with the popstate the app routes on.
    const back = () => page.evaluate(() => new Promise((done) => (addEventListener('popstate', done, { once: true }), history.back())));
    await navigate(back, TWO.path, '✓');
    await shows(TWO.title);
    await navigate(back, ONE.path, '✓');
    await shows(ONE.title);
    await page.close();
  });
});

describe('restricted and odd pages', () => {
  const cases: Array<{ what: string; url: () => string; code: string }> = [
    { what: 'about:blank', url: () => 'about:blank', code: 'restricted' },
    { what: 'chrome://version', url: () => 'chrome://version/', code: 'restricted' },
    { what: 'a text/plain response', url: () => `${server.origin}/odd/plain.txt`, code: 'not-html' },
    { what: 'an image URL', url: () => `${server.origin}/odd/image.png`, code: 'not-html' },
    { what: 'an XML document', url: () => `${server.origin}/odd/doc.xml`, code: 'not-html' },
  ];
  for (const { what, url, code } of cases) {
    it(`${what}: the popup explains, never blank`, async () => {
      const { page, tabId } = await b().openTab(url());
      const popup = await openPopup(tabId);
      expect(await popupState(popup)).toBe('restricted');
      const error = popup.locator('[data-testid="error"]');
      expect(await error.getAttribute('data-code')).toBe(code);
      expect((await error.innerText()).trim()).toMatch(/\w+ \w+ \w+/);
      expect(await popup.locator('#pp-panel-title').isVisible()).toBe(true);
      expect((await popup.locator('#pp-panel-title').innerText()).trim()).not.toBe('');
      await popup.close();
      await page.close();
    });
  }
});

describe('network', () => {
  it('nothing the extension did in this run left 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(0);
    const fromExtension = requests.filter((r) => r.from.startsWith('chrome-extension:') || r.from.startsWith('service worker'));
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((r) => !isLocal(r.url))).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
