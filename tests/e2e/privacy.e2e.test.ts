/**
 * Issue #14, item 6: the extension must not send a tracker's cookies the page itself could not, nor fetch tracking
 * pixels again. An article on 127.0.0.1 shows photos and pixels from a third-party image host on localhost (another
 * site) that has set SameSite=Lax, Strict, None and unmarked cookies (privacy-hosts.ts). The host records the
 * Cookie header of every request it serves; each surface is judged by the requests that came in while it rendered:
 * - the popup (a top-level extension page, whose requests count as first-party for cookies): no cookie at all;
 *   in Firefox, which has no credentialless mode for it, no request at all until an image is asked for;
 * - the reader overlay: the reader is an extension page (reader.html) framed, inside the overlay host's closed shadow
 *   root, by the article's page. Its images load at once, and must carry no cookie at all: in Chromium because the
 *   extension's pages are served with Cross-Origin-Embedder-Policy: credentialless (measured: without it, and with
 *   third-party cookies allowed, the reader sent all four cookies); in Firefox because a framed extension page's
 *   requests use the article page's cookie partition (Total Cookie Protection, the default), where the host's
 *   first-party cookies are not (measured: with network.cookie.cookieBehavior 0 the reader sent all four). Not
 *   vacuously: the reader is scrolled until every image it shows has loaded, its own document must have requested
 *   each one (resource timing), and the image host must have served each one since the reader was asked for;
 * - both: no tracking pixel, in the DOM (any address-bearing attribute) or on the wire, and nothing from srcset,
 *   <source>, poster, backgrounds, <object>, <link>, <input>.
 * Three launches: Chromium with the build granted http(s) host access (the popup in a tab, as hardening.e2e does;
 * host access is what the batch export asks for, and the harshest case: the browser then treats the extension's
 * requests as same-origin), Chromium with the shipped build and its real toolbar popup (puppeteer's action click,
 * activeTab only), and Firefox ESR with the granted build. Both Chromium profiles allow third-party cookies, as a
 * person's Chrome does (the test Chromium otherwise blocks them, and a framed reader would then send none whatever
 * the extension did); Firefox keeps its default cookie settings.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from './chromium-launch';
import { CHROME_DIR, FIREFOX_DIR, requireBuild } from './extension-dirs';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-launch';
import { NAME_SHIM, inReader } from './hostile-beacons/closed-shadow';
import { COOKIE_NAMES, FIRST_PARAGRAPH, HEADLINE, cookieNames, servePrivacyHosts, type ImageHit, type PrivacyHosts } from './privacy-hosts';

/** The overlay's host once its framed reader page has rendered the article. */
const READER_SHOWN = '[data-lucid-reader-overlay="shown"]';

const chromeManifest = requireBuild(CHROME_DIR);
const firefoxManifest = requireBuild(FIREFOX_DIR);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let hosts: PrivacyHosts;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  hosts = await servePrivacyHosts();
});

afterAll(async () => {
  await hosts?.close();
  for (const cleanup of cleanups) cleanup();
});

/** The shared Chromium switches, with localhost resolvable too (the image host's name). */
const withLocalhost = (args: string[]) => args.map((a) => (a.startsWith('--host-resolver-rules=') ? `${a} , EXCLUDE localhost` : a));

/** A copy of a build whose manifest holds the http(s) host access the batch export asks for at run time. */
function grantedCopy(dir: string, manifest: Record<string, any>): string {
  const copy = mkdtempSync(join(tmpdir(), 'lucid-e2e-privacy-ext-'));
  cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: manifest.optional_host_permissions }, null, 2));
  return copy;
}

function freshProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-privacy-profile-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  return profile;
}

/**
 * A fresh Chromium profile that allows third-party cookies, as a person's Chrome does by default. Left to itself,
 * the test Chromium blocks them (measured: the page's own image requests then carry no cookie at all), and the
 * reader, framed by the page, would send no cookie whatever the extension did: its check would prove nothing.
 */
function chromiumProfile(): string {
  const profile = freshProfile();
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return profile;
}

/** The page's own requests for the photos since mark carry the image host's SameSite=None cookie: third-party cookies are on. */
function expectThirdPartyCookiesOn(mark: number): void {
  const photos = servedSince(mark).photos;
  expect(photos.length, 'photos the page fetched').toBeGreaterThan(0);
  expect(photos.filter((h) => !cookieNames(h.cookie).includes('lr_none')).map((h) => `${h.path} <- ${h.cookie}`), 'page requests without lr_none').toEqual([]);
}

/** The page's own beacons were fetched (after its load event, a lazy or late one may still be on its way). */
async function expectBeaconsLive(mark: number): Promise<void> {
  await expect.poll(() => servedSince(mark).pixels.length, { timeout: 10_000 }).toBeGreaterThan(0);
}

/** What the image host served since `mark` (an index into hosts.hits), by kind. */
function servedSince(mark: number) {
  const list = hosts.hits.slice(mark);
  return {
    photos: list.filter((h) => h.path.startsWith('/photo/')),
    pixels: list.filter((h) => h.path.startsWith('/pixel')),
    other: list.filter((h) => h.path.startsWith('/other/')),
  };
}

/** Waits until the host has served at least one photo since mark, then a little longer for the rest to come in. */
async function photosArrive(mark: number): Promise<void> {
  await expect.poll(() => servedSince(mark).photos.length, { timeout: 10_000 }).toBeGreaterThan(0);
  await sleep(1200);
}

const withCookies = (list: ImageHit[]) => list.filter((h) => h.cookie !== '').map((h) => `${h.path} <- ${h.cookie}`);

/** The cookies a visit to the image host itself carries: proof that the cookies exist and the browser sends them. */
function expectCookiesLive(mark: number): void {
  const echo = hosts.hits.slice(mark).find((h) => h.path === '/echo');
  expect(cookieNames(echo?.cookie ?? '')).toEqual([...COOKIE_NAMES].sort());
}

/** fn (a function of `this`, or of the scope given) as an expression to evaluate in a document. */
const callIn = (fn: (...args: any[]) => unknown, scope: string) => `(() => { ${NAME_SHIM} return (${fn.toString()})(${scope}); })()`;
/** fn as a function declaration for inReader (which calls it with `this` bound to the reader's document). */
const declare = (fn: (...args: any[]) => unknown) => `function () { ${NAME_SHIM} return (${fn.toString()}).call(this); }`;

/** Runs in the popup or the reader's root: the addresses of the images it holds and what it shows for them. */
function imagesShown(this: unknown, scope?: unknown) {
  const root = (scope ?? this ?? document) as Document | ShadowRoot;
  const body = root.querySelector('[data-testid="article-body"]');
  const imgs = Array.from(body?.querySelectorAll('img') ?? []);
  return {
    headline: root.querySelector('[data-testid="headline"]')?.textContent?.trim() ?? '',
    body: body?.textContent ?? '',
    srcs: imgs.map((img) => img.getAttribute('src') ?? img.getAttribute('data-lr-src') ?? ''),
    loaded: imgs.filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.getAttribute('src') ?? ''),
    /** Every address-bearing attribute under the body (a pixel could hide in a srcset as well as in a src). */
    refs: Array.from(body?.querySelectorAll('*') ?? []).flatMap((el) =>
      ['src', 'data-lr-src', 'srcset', 'href', 'poster', 'data', 'background'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null),
    ),
    /** What this document itself fetched (resource timing): tells its requests from those of any other page. */
    requested: performance.getEntriesByType('resource').map((e) => e.name),
    placeholders: body?.querySelectorAll('[data-testid="image-placeholder"]').length ?? 0,
    held: imgs.filter((img) => img.hasAttribute('data-lr-src')).length,
    /** Images held back until asked that still take up room on screen. */
    heldShown: imgs.filter((img) => img.hasAttribute('data-lr-src') && getComputedStyle(img).display !== 'none').length,
  };
}
const imagesShownIn = (scope: string) => callIn(imagesShown, scope);

/** The popup's state, with what it says when it is not "ready" (runs in the popup). */
function popupStateText(): string {
  const root = document.querySelector('[data-testid="popup-state"]');
  const state = root?.getAttribute('data-state') ?? 'none';
  return state === 'ready' ? state : `${state}: ${document.querySelector('[data-testid="status"]')?.textContent ?? ''} ${root?.textContent ?? ''}`.slice(0, 300);
}

/**
 * Firefox: the overlay's reader frame (moz-extension://UUID/reader.html), found by the address its document reports
 * (over BiDi a frame's url() can still say about:blank); null until it has rendered the article.
 */
async function readerFrameIn(page: PpPage, uuid: string): Promise<PpFrame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const seen = (await frame
      .evaluate(() => ({ href: location.href, rendered: document.querySelector('[data-testid="headline"]') !== null }))
      .catch(() => null)) as { href: string; rendered: boolean } | null;
    if (seen?.href.startsWith(`moz-extension://${uuid}/reader.html`) && seen.rendered) return frame;
  }
  return null;
}

/**
 * Runs in the reader's document: brings the first image that has not loaded yet into view (images are lazy), and
 * says how many of its images have loaded.
 */
function scrollToPendingImage(this: unknown, scope?: unknown): { loaded: number; total: number } {
  const doc = (scope ?? this ?? document) as Document;
  const imgs = Array.from(doc.querySelectorAll('[data-testid="article-body"] img'));
  const pending = imgs.filter((img) => !((img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
  (pending[0] ?? doc.querySelector('[data-testid="article-body"]'))?.scrollIntoView({ block: 'center' });
  return { loaded: imgs.length - pending.length, total: imgs.length };
}

/** Scrolls the reader (through `step`, one image at a time) until every image it shows has loaded. */
async function loadEveryImage(step: () => Promise<{ loaded: number; total: number } | null>): Promise<void> {
  await expect
    .poll(async () => {
      const got = await step();
      return got && got.total > 0 && got.loaded === got.total ? 'all loaded' : `${got?.loaded ?? '?'} of ${got?.total ?? '?'} loaded`;
    }, { timeout: 15_000, interval: 300 })
    .toBe('all loaded');
  await sleep(1200); // anything else the reader would fetch has come in
}

/**
 * The reader fetched every image it shows, itself, with no cookie at all; each one loaded; nothing is held behind a
 * placeholder; no pixel and nothing else was fetched. `served` is what the image host served since the reader was
 * asked for.
 */
function expectReaderFetchedWithoutCookies(shown: ReturnType<typeof imagesShown>, served: ReturnType<typeof servedSince>): void {
  const photoUrls = shown.srcs.filter((s) => s.startsWith(`${hosts.imageOrigin}/photo/`));
  const photoPaths = photoUrls.map((s) => s.replace(hosts.imageOrigin, ''));
  expect(photoPaths.length, 'photos in the reader').toBeGreaterThanOrEqual(2);
  expect.soft(shown.placeholders, 'placeholders in the reader').toBe(0);
  expect.soft(shown.held, 'images held back in the reader').toBe(0);
  expect.soft([...shown.loaded].sort(), 'images loaded in the reader').toEqual([...photoUrls].sort());
  // The reader's own document requested each photo, and the image host served each one since: those are its requests.
  expect.soft(photoUrls.filter((u) => !shown.requested.includes(u)), 'photos the reader itself did not request').toEqual([]);
  expect.soft(photoPaths.filter((p) => !served.photos.some((h) => h.path === p)), 'photos the image host did not serve').toEqual([]);
  expect.soft(withCookies(served.photos), 'cookies sent from the reader').toEqual([]);
  expect.soft(served.pixels.map((h) => h.path), 'pixels fetched by the reader').toEqual([]);
  expect.soft(served.other.map((h) => h.path), 'other fetches from the reader').toEqual([]);
}

function expectArticleImages(shown: ReturnType<typeof imagesShown>): void {
  expect(shown.headline).toBe(HEADLINE);
  expect(shown.body).toContain(FIRST_PARAGRAPH);
  // Photos stay (the unsized one too); no pixel reaches the reader.
  const paths = shown.srcs.map((s) => s.replace(hosts.imageOrigin, ''));
  expect.soft(shown.refs.filter((r) => r.includes(`${hosts.imageOrigin}/pixel`)), 'pixels in the reader').toEqual([]);
  expect.soft(paths.filter((p) => p.startsWith('/photo/'))).toEqual(expect.arrayContaining(['/photo/lead.png', '/photo/unsized.png?cors=1']));
}

describe('Chromium, build granted http(s) host access: popup in a tab, then the reader overlay', () => {
  let ctx: BrowserContext | undefined;

  afterAll(async () => {
    await ctx?.close().catch(() => undefined);
  });

  it('sends no cookie from the popup nor from the reader, and never fetches a pixel', async () => {
    const dir = grantedCopy(CHROME_DIR, chromeManifest);
    ctx = await chromium.launchPersistentContext(chromiumProfile(), { executablePath: '/usr/bin/chromium', headless: true, args: withLocalhost(chromiumArgs(dir)) });
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;

    // The tracker's own site, visited first-party: it sets its cookies, and they are live.
    const start = hosts.hits.length;
    const visit = await ctx.newPage();
    await visit.goto(`${hosts.imageOrigin}/set-cookies`);
    await visit.goto(`${hosts.imageOrigin}/echo`);
    expectCookiesLive(start);
    await visit.close();

    const tabIds = () => sw.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number }>).map((t) => t.id));
    const before = new Set(await tabIds());
    const pageMark = hosts.hits.length;
    const page: PwPage = await ctx.newPage();
    await page.goto(hosts.articleUrl);
    await page.waitForLoadState('networkidle');
    const tabId = (await tabIds()).find((id) => !before.has(id))!;
    // The page itself fetched the photos and the pixels: the beacons are live, and so are third-party cookies.
    await expectBeaconsLive(pageMark);
    expectThirdPartyCookiesOn(pageMark);

    const popupMark = hosts.hits.length;
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 30_000 });
    expect(await popup.evaluate(popupStateText)).toBe('ready');
    await popup.evaluate(() => document.querySelector('.pp-preview')?.scrollTo(0, 1e6)); // lazy images come in
    await photosArrive(popupMark);
    const fromPopup = servedSince(popupMark);
    const inPopup = (await popup.evaluate(imagesShownIn('document'))) as ReturnType<typeof imagesShown>;

    const overlayMark = hosts.hits.length;
    await popup.click('[data-testid="open-reader"]');
    await page.waitForSelector(READER_SHOWN, { state: 'attached', timeout: 10_000 });
    const readerView = () => inReader<ReturnType<typeof imagesShown>>(ctx!, page, declare(imagesShown));
    await expect.poll(async () => (await readerView())?.value.headline ?? null, { timeout: 10_000 }).toBe(HEADLINE);
    await loadEveryImage(async () => (await inReader<{ loaded: number; total: number }>(ctx!, page, declare(scrollToPendingImage)))?.value ?? null);
    const fromOverlay = servedSince(overlayMark);
    const inOverlayReader = (await readerView())!.value;

    expectArticleImages(inPopup);
    // A photo whose host sends no CORS header still shows in the popup.
    expect.soft(inPopup.loaded.map((s) => s.replace(hosts.imageOrigin, ''))).toContain('/photo/lead.png');
    expect.soft(fromPopup.photos.map((h) => h.path)).toEqual(expect.arrayContaining(['/photo/lead.png', '/photo/unsized.png?cors=1']));
    expect.soft(withCookies(fromPopup.photos), 'cookies sent from the popup').toEqual([]);
    expect.soft(fromPopup.pixels.map((h) => h.path), 'pixels fetched by the popup').toEqual([]);
    expect.soft(fromPopup.other.map((h) => h.path), 'other fetches from the popup').toEqual([]);

    expectArticleImages(inOverlayReader);
    expectReaderFetchedWithoutCookies(inOverlayReader, fromOverlay);
  });
});

describe('Chromium, shipped build: the real toolbar popup (activeTab only)', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
  });

  it('sends no cookie and fetches no pixel', async () => {
    const args = withLocalhost(chromiumArgs(CHROME_DIR)).filter((a) => !a.startsWith('--disable-extensions-except=') && !a.startsWith('--load-extension='));
    browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true, userDataDir: chromiumProfile(), args });
    const id = await browser.installExtension(CHROME_DIR);
    const extension = (await browser.extensions()).get(id)!;
    expect(extension).toBeDefined();

    const start = hosts.hits.length;
    const page: PpPage = await browser.newPage();
    await page.goto(`${hosts.imageOrigin}/set-cookies`);
    await page.goto(`${hosts.imageOrigin}/echo`);
    expectCookiesLive(start);
    const pageMark = hosts.hits.length;
    await page.goto(hosts.articleUrl, { waitUntil: 'networkidle0' });
    await expectBeaconsLive(pageMark);
    expectThirdPartyCookiesOn(pageMark);

    const popupMark = hosts.hits.length;
    await page.triggerExtensionAction(extension);
    const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${id}/popup.html`), { timeout: 10_000 });
    const popup = (await target.asPage())!;
    await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 30_000 });
    expect(await popup.evaluate(popupStateText)).toBe('ready');
    await popup.evaluate(() => document.querySelector('.pp-preview')?.scrollTo(0, 1e6));
    await photosArrive(popupMark);
    const fromPopup = servedSince(popupMark);
    expectArticleImages((await popup.evaluate(imagesShownIn('document'))) as ReturnType<typeof imagesShown>);

    expect.soft(fromPopup.photos.map((h) => h.path)).toContain('/photo/lead.png');
    expect.soft(withCookies(fromPopup.photos), 'cookies sent from the toolbar popup').toEqual([]);
    expect.soft(fromPopup.pixels.map((h) => h.path), 'pixels fetched by the toolbar popup').toEqual([]);
    expect.soft(fromPopup.other.map((h) => h.path), 'other fetches from the toolbar popup').toEqual([]);
  });
});

describe('Firefox ESR, build granted http(s) host access: popup in a tab, then the reader overlay', () => {
  const UUID = '7d2f1c9a-3b4e-4f6a-8c1d-5e9b0a2f4c71';
  let firefox: FirefoxWithExtension | undefined;

  afterAll(async () => {
    await firefox?.close();
  });

  it('fetches nothing from the popup until asked, sends no cookie from the reader, never a pixel', async () => {
    const dir = grantedCopy(FIREFOX_DIR, firefoxManifest);
    firefox = await launchFirefoxWithExtension(dir, { uuid: UUID });
    const { browser } = firefox;

    const start = hosts.hits.length;
    const page = await browser.newPage();
    await page.goto(`${hosts.imageOrigin}/set-cookies`);
    await page.goto(`${hosts.imageOrigin}/echo`);
    expectCookiesLive(start);
    const pageMark = hosts.hits.length;
    await page.goto(hosts.articleUrl, { waitUntil: 'networkidle0' });
    await expectBeaconsLive(pageMark);

    // An extension page to ask the tabs API which tab holds the article (Firefox shows it the URL).
    const control = await browser.newPage();
    void control.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined); // never resolves for moz-extension:
    await expect.poll(() => control.$('body *').then((el) => el !== null, () => false), { timeout: 15_000, interval: 200 }).toBe(true);
    const tabId = await control.evaluate(
      async (u) => (await (globalThis as any).browser.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number,
      hosts.articleUrl,
    );
    expect(tabId).toBeTypeOf('number');

    const popupMark = hosts.hits.length;
    const popup = await browser.newPage();
    void popup.goto(`moz-extension://${UUID}/popup.html?tab=${tabId}`).catch(() => undefined);
    const settled = () => popup.$('[data-testid="popup-state"]:not([data-state="loading"])').then((el) => el !== null, () => false);
    await expect.poll(settled, { timeout: 30_000, interval: 200 }).toBe(true);
    expect(await popup.evaluate(popupStateText)).toBe('ready');
    await popup.evaluate(() => document.querySelector('.pp-preview')?.scrollTo(0, 1e6));
    await sleep(1500); // whatever the popup would load has come in
    const inPopup = (await popup.evaluate(imagesShownIn('document'))) as ReturnType<typeof imagesShown>;
    const untilAsked = servedSince(popupMark);

    expectArticleImages(inPopup);
    // Firefox has no credentialless mode for extension pages: each image waits behind a placeholder until asked.
    expect.soft(withCookies(untilAsked.photos), 'cookies sent from the popup before anything was asked').toEqual([]);
    expect.soft(untilAsked.photos.map((h) => h.path), 'photos fetched before asked').toEqual([]);
    expect.soft(untilAsked.pixels.map((h) => h.path), 'pixels fetched by the popup').toEqual([]);
    expect.soft(untilAsked.other.map((h) => h.path), 'other fetches from the popup').toEqual([]);
    expect(inPopup.placeholders).toBe(inPopup.srcs.length);
    expect.soft(inPopup.heldShown, 'held images that still take room in the popup').toBe(0);

    // Asked: the image loads.
    const askMark = hosts.hits.length;
    await popup.click('[data-testid="image-placeholder"] button');
    await expect.poll(() => servedSince(askMark).photos.length, { timeout: 10_000 }).toBe(1);
    expect(servedSince(askMark).pixels).toEqual([]);

    const overlayMark = hosts.hits.length;
    await popup.click('[data-testid="open-reader"]');
    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, READER_SHOWN).catch(() => false), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await readerFrameIn(page, UUID)) !== null, { timeout: 10_000 }).toBe(true);
    const reader = (await readerFrameIn(page, UUID))!;
    await loadEveryImage(() => reader.evaluate(callIn(scrollToPendingImage, 'document')).catch(() => null) as Promise<{ loaded: number; total: number } | null>);
    const fromOverlay = servedSince(overlayMark);
    const inOverlayReader = (await reader.evaluate(imagesShownIn('document'))) as ReturnType<typeof imagesShown>;
    expectArticleImages(inOverlayReader);
    // The reader page is framed by the article's page: its images load at once, and carry no cookie.
    expectReaderFetchedWithoutCookies(inOverlayReader, fromOverlay);
  });
});
