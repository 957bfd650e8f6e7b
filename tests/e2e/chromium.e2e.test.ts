/**
 * The built extension in Chromium (dist/chrome), one headed launch on a private Xvfb display: the only way a
 * keyboard shortcut reaches commands.onCommand is a real key press (xdotool).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectArticleShown, readShownArticle } from './article-checks';
import { launchChromiumWithExtension } from './chromium-launch';
import { CHROME_DIR, SCREENSHOTS, fixtureSlugs, pageReferences, requireBuild, suggestedShortcut, xdotoolKeys } from './extension-dirs';
import { CATEGORY, FOUNDING, expectedOf, serveFixtures, squash, type FixtureServer } from './fixture-server';
import { readerFrame } from './reader-frame';
import { pressKeys, startXvfb, type Display } from './xvfb';

const manifest = requireBuild(CHROME_DIR);
// The overlay's host once its reader has rendered (a plain <div> the extension marks; see content/overlay-host.ts).
const OVERLAY = '[data-lucid-reader-overlay="shown"]';

/** A long piece with sections (about 2,900 words, 12 headings): Readability's dropbox-blog test page, read by path. */
const LONG_READ = '/long-read/';
const LONG_READ_SOURCE = fileURLToPath(new URL('../../../shared/bench/readability-test-pages/dropbox-blog/source.html.gz', import.meta.url));

let xvfb: Display | undefined;
let server: FixtureServer;
let profile: string;
let ctx: BrowserContext | undefined;
let sw: Worker;
let extensionId: string;
const requests: Array<{ url: string; from: string }> = [];
let foundingTabId: number | undefined;

beforeAll(async () => {
  xvfb = await startXvfb();
  server = await serveFixtures({ [LONG_READ]: gunzipSync(readFileSync(LONG_READ_SOURCE)).toString('utf8') });
  profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-chromium-'));
  ctx = await launchChromiumWithExtension(profile, CHROME_DIR, xvfb.display, { backForwardCache: true });
  // Every request of every page, extension page and service worker in the profile.
  ctx.on('request', (r: Request) => requests.push({ url: r.url(), from: r.serviceWorker() ? `service worker ${r.serviceWorker()!.url()}` : r.frame().url() }));
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
  // A second onCommand listener, the test's own: it counts the shortcut presses that reached the extension.
  await sw.evaluate(() => {
    const g = globalThis as any;
    g.__testCommands = 0;
    g.chrome.commands.onCommand.addListener(() => g.__testCommands++);
  });

}, 60_000);

afterAll(async () => {
  await ctx?.close().catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.close();
  xvfb?.close();
});

/** Opens url in a new tab and returns the page with its tab id (the one tab id that was not there before). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => sw.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number }>).map((t) => t.id));
  const before = new Set(await ids());
  const page = await ctx!.newPage();
  await page.goto(url);
  const tabId = (await ids()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

/** The tab's toolbar badge text. */
const badgeOf = (tabId: number) => sw.evaluate((id: number) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);

/** Waits until the detector has reported for the tab, then reads its badge. */
async function badgeAfterDetection(tabId: number): Promise<string> {
  await expect
    .poll(() => sw.evaluate((id: number) => ((globalThis as any).__lucidDetectTimings as Map<number, number[]>).has(id), tabId), { timeout: 10_000 })
    .toBe(true);
  return badgeOf(tabId);
}

const commandsSeen = () => sw.evaluate(() => (globalThis as any).__testCommands as number);

/**
 * A real shortcut press, judged only once it reached chrome.commands: X input to a window without a window manager
 * can be lost before the browser sees it, which says nothing about the extension. So a press the browser provably
 * never turned into a command (the count did not move) is sent again, at most twice; what the extension does with
 * a command it did receive is never retried.
 */
async function pressShortcut(title: string, keys: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = await commandsSeen();
    pressKeys(xvfb!.display, title, keys);
    for (const deadline = Date.now() + 3_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      if ((await commandsSeen()) > before) return;
    }
    if (attempt === 3) throw new Error(`${keys} never reached chrome.commands in 3 presses`);
    console.warn(`${keys}: press ${attempt} never reached chrome.commands; pressing again`);
  }
}

const overlayOpen = (page: Page) => page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY);
const pageSnapshot = (page: Page) =>
  page.evaluate(() => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY, focus: document.activeElement?.id ?? document.activeElement?.tagName }));

describe('Chromium (dist/chrome)', () => {
  it('loads the extension and binds the default shortcut', async () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const commands = await sw.evaluate(() => (globalThis as any).chrome.commands.getAll() as Promise<Array<{ name: string; shortcut: string }>>);
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    expect(toggle?.shortcut).toBe(suggestedShortcut(manifest));
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
    // A restored page fires no load event: wait for the commit only.
    await page.goBack({ waitUntil: 'commit' });
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

    await pressShortcut(title, keys);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    // A first press sends the article before its attendee summary (content/overlay.ts); the summary follows and its
    // one-line digest names the meeting's chair.
    const chair = (expectedOf(FOUNDING) as unknown as { attendees: { people: { name: string; parts: string[] }[] } }).attendees.people.find((p) => p.parts.includes('chair'))!.name;
    const reader = await readerFrame(page, '[data-testid="attendees"]');
    expect(await reader.$eval('[data-testid="attendees"] summary', (s) => s.textContent)).toContain(chair);
    // Scroll lock: the page shows no scrollbar of its own beside the reader's, neither vertical nor horizontal.
    expect(await page.evaluate(() => [innerWidth - document.documentElement.clientWidth, innerHeight - document.documentElement.clientHeight])).toEqual([0, 0]);
    await page.waitForTimeout(300); // fonts and layout settle before the screenshot (the top of the article)
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}reader-light.png`, caret: 'initial' }); // 'hide' leaves style="" on inputs
    // Scrolling over the reader scrolls the reader, never the page behind it.
    await page.mouse.move(550, 400);
    await page.mouse.wheel(0, 1500);
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.evaluate(() => scrollY)).toBe(before.y);
    // A closed shadow root: the page cannot reach into the reader.
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, OVERLAY)).toBeNull();

    await pressShortcut(title, keys);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    expect(await pageSnapshot(page)).toEqual(before);

    // Dark: the reader follows the system colour scheme by default; Esc closes it too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await pressShortcut(title, keys);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}reader-dark.png`, caret: 'initial' });
    pressKeys(xvfb!.display, title, 'Escape');
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    expect(await pageSnapshot(page)).toEqual(before);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('on a page that is not an article the reader says so; Pick the article reads the block clicked', async () => {
    const { page } = await openTab(server.url(CATEGORY));
    await page.bringToFront();
    const url = page.url();
    const title = await page.title();
    await pressShortcut(title, xdotoolKeys(suggestedShortcut(manifest)));
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    const notice = await readerFrame(page, '[data-testid="reader-notice"]');
    expect(await notice.getAttribute('[data-testid="reader-notice"]', 'data-reason')).toBe('not-article');
    expect(await notice.locator('[data-testid="article-body"]').count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}reader-notice-light.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENSHOTS}reader-notice-dark.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'light' });

    // A click from inside the frame: Playwright's pointer actionability check, made through the overlay's closed
    // shadow root and the top layer, timed out now and then although the button was there and enabled.
    await notice.$eval('[data-testid="notice-pick"]', (b) => (b as HTMLElement).click());
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    // Point at the second story's summary, then click it: the reader opens on that block, the link not followed.
    const target = page.locator('p.story__summary').nth(1);
    const text = squash((await target.textContent()) ?? '');
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + 12, box.y + 6);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}reader-pick.png`, caret: 'initial' });
    await page.mouse.click(box.x + 12, box.y + 6);
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    const picked = await readerFrame(page, '[data-testid="article-body"]');
    expect(squash((await picked.textContent('[data-testid="article-body"]')) ?? '')).toContain(text);
    expect(await picked.locator('[data-testid="reader-notice"]').count()).toBe(0);
    expect(page.url()).toBe(url);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    await page.close();
  });

  it('keys inside the reader change the size and show their list; the text menu spaces the lines and sets a bundled typeface; all are stored', async () => {
    const settings = () => sw.evaluate(async () => ((await (globalThis as any).chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>);
    const { page } = await openTab(server.url(FOUNDING));
    await page.bringToFront();
    await pressShortcut(await page.title(), xdotoolKeys(suggestedShortcut(manifest)));
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    const reader = await readerFrame(page, '[data-testid="article-body"]');
    const bodyStyle = () => reader.$eval('[data-testid="article-body"] p', (p) => ({ size: getComputedStyle(p).fontSize, line: getComputedStyle(p).lineHeight }));
    const before = await bodyStyle();
    await page.keyboard.press('+');
    await expect.poll(async () => (await bodyStyle()).size).toBe(`${parseFloat(before.size) + 1}px`);
    await expect.poll(async () => (await settings()).fontSize).toBe(parseFloat(before.size) + 1);
    await page.keyboard.press('-');
    await expect.poll(async () => (await settings()).fontSize).toBe(parseFloat(before.size));
    await page.keyboard.press('?');
    await reader.waitForSelector('[data-testid="reader-keys"]');
    await page.screenshot({ path: `${SCREENSHOTS}reader-keys.png`, caret: 'initial' });
    await page.keyboard.press('Escape'); // closes the list, not the reader
    await expect.poll(() => reader.$('[data-testid="reader-keys"]')).toBeNull();
    expect(await overlayOpen(page)).toBe(true);

    await page.emulateMedia({ colorScheme: 'dark' });
    await reader.$eval('[data-testid="typography"] > summary', (el) => (el as HTMLElement).click()); // as above
    await reader.getByRole('button', { name: 'Looser lines' }).evaluate((b) => (b as HTMLElement).click());
    await expect.poll(async () => (await settings()).lineHeight).toBe(175);
    expect(parseFloat((await bodyStyle()).line)).toBeGreaterThan(parseFloat(before.line));
    // A bundled typeface: stored, applied at once, and its file read from the extension (fonts/, never the network).
    await reader.getByRole('radio', { name: 'Atkinson Hyperlegible (clearest letters)' }).evaluate((b) => (b as HTMLElement).click());
    await expect.poll(async () => (await settings()).fontFamily).toBe('legible');
    expect(await reader.$eval('[data-testid="article-body"] p', (p) => getComputedStyle(p).fontFamily)).toMatch(/^"Lucid Atkinson Hyperlegible"/);
    await expect
      .poll(() => reader.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Lucid Atkinson Hyperlegible') && f.status === 'loaded').length))
      .toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}reader-text-menu-dark.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: `${SCREENSHOTS}reader-text-menu-light.png`, caret: 'initial' });
    // Back to the defaults, so the next run starts as this one did.
    await sw.evaluate(() => (globalThis as any).chrome.storage.sync.remove('settings'));
    await page.keyboard.press('Escape');
    await page.close();
  });

  it("Back closes the reader through the reader's own history entry; the page's history is as it was", async () => {
    // A page with a page before it: after the reader, one Back must go there (no dead step left behind).
    const { page } = await openTab(server.url(CATEGORY));
    await page.goto(server.url(FOUNDING));
    await page.bringToFront();
    const title = await page.title();
    const pageHistory = () => page.evaluate(() => ({ url: location.href, length: history.length, state: history.state, pops: (window as any).__pops ?? 0, same: (window as any).__same === true }));
    await page.evaluate(() => {
      (window as any).__same = true;
      addEventListener('popstate', () => ((window as any).__pops = ((window as any).__pops ?? 0) + 1));
    });
    const before = await pageHistory();
    // The page's address, state and popstate listeners see nothing; what is left is at most one Forward step (the
    // reader's entry, as after any Back), which the next opening replaces.
    const unchanged = async () => {
      const now = await pageHistory();
      expect({ ...now, length: undefined }).toEqual({ ...before, length: undefined });
      expect([before.length, before.length + 1]).toContain(now.length);
    };
    const openAndTouch = async () => {
      await pressShortcut(title, xdotoolKeys(suggestedShortcut(manifest)));
      await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
      const reader = await readerFrame(page, '[data-testid="article-body"]');
      await reader.waitForFunction(() => document.hasFocus());
      // A key in the reader (what gives its frame the user activation Chromium's Back button asks of an entry).
      pressKeys(xvfb!.display, title, 'bracketright');
      await expect.poll(() => reader.evaluate(() => history.state?.lucidReaderEntry === true)).toBe(true);
    };

    // The browser's own Back (Alt+Left, through its UI, which skips entries made without user activation).
    await openAndTouch();
    pressKeys(xvfb!.display, title, 'alt+Left');
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    await unchanged();

    // Esc: the reader takes its entry out on the way, so the next Back is the page's own.
    await openAndTouch();
    pressKeys(xvfb!.display, title, 'Escape');
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    await unchanged();
    pressKeys(xvfb!.display, title, 'alt+Left');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(server.url(CATEGORY));
    await sw.evaluate(() => (globalThis as any).chrome.storage.sync.remove('settings'));
    await page.close();
  });

  it('a long article has its contents beside the text, with the progress bar at the start; a click goes to the section; t hides it', async () => {
    const { page } = await openTab(`${server.origin}${LONG_READ}`);
    await page.bringToFront();
    await pressShortcut(await page.title(), xdotoolKeys(suggestedShortcut(manifest)));
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(true);
    const reader = await readerFrame(page, '[data-testid="reader-contents"]');
    const contents = () =>
      reader.$eval('[data-testid="reader-contents"]', (nav) => ({
        hidden: nav.hasAttribute('hidden'),
        card: nav.classList.contains('lr-contents--card'),
        items: [...nav.querySelectorAll('button')].map((b) => b.textContent!.trim()),
        current: nav.querySelector('[aria-current]')?.textContent?.trim() ?? null,
        progress: Number(nav.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')),
      }));
    const first = await contents();
    expect(first.items.slice(0, 4)).toEqual(['Introduction', 'Glossary', 'Features', 'System guarantees']);
    expect(first.items.length).toBeGreaterThanOrEqual(8);
    expect(first.progress).toBe(0);
    // At this window's width the column leaves room beside it: the list shows without being asked for.
    expect(first).toMatchObject({ hidden: false, card: false });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}reader-contents-light.png`, caret: 'initial' });

    // A click on an entry goes to its section: its heading comes to the top of the reader, under the toolbar.
    await reader.getByRole('button', { name: 'System guarantees' }).evaluate((b) => (b as HTMLElement).click());
    const headingTop = () =>
      reader.evaluate(() => Math.round([...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'System guarantees')!.getBoundingClientRect().top));
    // The reader scrolls smoothly: wait for the heading to arrive, not just for any answer.
    await expect.poll(async () => { const top = await headingTop(); return top >= 0 && top <= 96; }, { timeout: 5_000 }).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENSHOTS}reader-contents-dark.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('t');
    await expect.poll(async () => (await contents()).hidden).toBe(true);
    await page.keyboard.press('t');
    await expect.poll(async () => (await contents()).hidden).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlayOpen(page), { timeout: 10_000 }).toBe(false);
    await page.close();
  });

  it("the popup shows the founding page's article, cleaned", async () => {
    // The shortcut above granted activeTab on this tab, as a click on the toolbar button would.
    const tabId = foundingTabId;
    expect(tabId, 'the shortcut test opens the founding page').toBeTypeOf('number');
    const popup = await ctx!.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-state"][data-state="ready"]', { timeout: 20_000 });
    expectArticleShown(await popup.evaluate(readShownArticle), expectedOf(FOUNDING));
    // The article has the room: the headline starts in the top fifth and the body's text is on the first screen.
    const layout = await popup.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
      return { headline: top('[data-testid="headline"]'), body: top('[data-testid="article-body"]'), h1s: document.querySelectorAll('h1').length };
    });
    expect(layout.headline).toBeLessThan(130);
    expect(layout.body).toBeLessThan(500);
    expect(layout.h1s).toBe(1);
    await popup.screenshot({ path: `${SCREENSHOTS}popup.png` });
    await popup.click('[data-testid="export-menu-toggle"]');
    await popup.waitForSelector('[data-testid="export-menu"]');
    await popup.screenshot({ path: `${SCREENSHOTS}popup-export-menu.png` });
    await popup.keyboard.press('Escape');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SCREENSHOTS}popup-dark.png` });
    await popup.click('[data-testid="show-tabs"]');
    await popup.waitForSelector('[data-testid="batch"]');
    expect(await popup.locator('[data-testid="article-body"]').count()).toBe(0);
    await popup.screenshot({ path: `${SCREENSHOTS}popup-tabs-dark.png` });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: `${SCREENSHOTS}popup-tabs.png` });
    await popup.close();
  });

  it('sends no request beyond 127.0.0.1 from the extension, nor makes pages fetch anything new', () => {
    expect(requests.length).toBeGreaterThan(0);
    const pagesText = [...fixtureSlugs().map(pageReferences), gunzipSync(readFileSync(LONG_READ_SOURCE)).toString('utf8')].join('\n');
    const remote = requests.filter((r) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(r.url));
    // Extension pages and the service worker: nothing remote at all.
    expect(remote.filter((r) => r.from.startsWith('chrome-extension:') || r.from.startsWith('service worker'))).toEqual([]);
    // Page frames: only hosts the fixture pages name themselves (their analytics snippets, image CDNs…).
    expect(remote.filter((r) => !r.from.startsWith('chrome-extension:') && !pagesText.includes(new URL(r.url).host))).toEqual([]);
  });
});
