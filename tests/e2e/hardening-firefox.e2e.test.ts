/**
 * The reader against a page that tries to open, read or paint over it (issue #14, items 4 and 5), in Firefox ESR
 * with the real keyboard shortcut (dist/firefox, headed on a private Xvfb display: only a real key press reaches
 * commands.onCommand). The same hostile page as the Chromium suite (hostile-beacons/reader-attack.html): every hold
 * it gets on the reader is reported to the beacon sink; the reader must look, pixel for pixel, as it does on the same
 * page served without the attack.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIR, requireBuild, suggestedShortcut, xdotoolKeys } from './extension-dirs';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-launch';
import { OVERLAY } from './hostile-beacons/closed-shadow';
import { serveHostile, type HostileServer } from './hostile-beacons/hostile-server';
import { ATTACK_PAGE, HEADLINE, VIEW, actAsAPerson, expectShotsLikeCalm, hostLookOf, type HostLook } from './hostile-beacons/reader-attack';
import { pressKeys, startXvfb, type Display } from './xvfb';

const manifest = requireBuild(FIREFOX_DIR);
const UUID = '0f4c1d52-8a3e-4b7f-9c61-5d2e8b7a9e14';

let xvfb: Display | undefined;
let server: HostileServer;
let firefox: FirefoxWithExtension | undefined;

beforeAll(async () => {
  xvfb = await startXvfb();
  server = await serveHostile();
  firefox = await launchFirefoxWithExtension(FIREFOX_DIR, { uuid: UUID, display: xvfb.display, window: { width: 1100, height: 860 } });
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  xvfb?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hostState = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-lucid-reader-overlay') ?? (document.querySelector(sel) ? 'present' : null), OVERLAY).catch(() => null);

/**
 * The framed reader page's headlines, read in that frame (null while it has not rendered, or with no such frame).
 * Found by the address its document reports: over BiDi, a frame's url() can still say about:blank.
 */
async function readerHeadlines(page: Page): Promise<string[] | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const seen = await frame
      .evaluate(() => ({ href: location.href, headlines: Array.from(document.querySelectorAll('[data-testid="headline"]')).map((h) => (h.textContent ?? '').trim()) }))
      .catch(() => null);
    if (seen?.href.startsWith(`moz-extension://${UUID}/reader.html#`)) return seen.headlines;
  }
  return null;
}

async function readWith(url: string) {
  const page = await firefox!.browser.newPage();
  await page.setViewport(VIEW);
  await page.goto(url);
  await page.bringToFront();
  await sleep(500);
  const live = await page.evaluate(() => ({
    filter: getComputedStyle(document.documentElement).filter,
    before: getComputedStyle(document.body, '::before').content,
  }));
  const title = await page.title();
  pressKeys(xvfb!.display, title, xdotoolKeys(suggestedShortcut(manifest)));
  // Open, and for the framed reader, rendered ('shown'); an old build's host has no such state.
  await expect.poll(() => hostState(page), { timeout: 10_000 }).toMatch(/^(shown|present)$/);
  await sleep(500);
  const look = (await page.evaluate(hostLookOf(OVERLAY))) as HostLook;
  await actAsAPerson(page);
  await sleep(1200);
  const shots: Buffer[] = [];
  for (let i = 0; i < 3; i++) {
    // The viewport, as the person sees it. Not a clip: puppeteer's clip is in document coordinates, and the attacked
    // page (unlike the calm one) is larger than the viewport both ways: once scrolled, a clip at 0,0 shows the page's
    // own top-left corner, not the reader fixed in the viewport.
    shots.push(Buffer.from(await page.screenshot()));
    await sleep(400);
  }
  const headlines = await readerHeadlines(page);
  pressKeys(xvfb!.display, title, xdotoolKeys(suggestedShortcut(manifest)));
  await expect.poll(() => hostState(page), { timeout: 10_000 }).toBe(null);
  await page.close();
  return { live, look, shots, headlines };
}

describe('Firefox ESR: the page can neither open, read nor paint over the reader (issue #14, 4 and 5)', () => {
  it('custom elements, prototype hooks, observers, selections, ::before/::after, <html> effects, top-layer prompts and web fonts', async () => {
    const calm = await readWith(`${server.origin}${ATTACK_PAGE}?without=attack`);
    const hitsBefore = server.hits().length;
    const attacked = await readWith(`${server.origin}${ATTACK_PAGE}`);
    const hits = server.hits().slice(hitsBefore);
    const probes = server.probes().filter((p) => p.startsWith('/probe/reader-attack/'));

    expect(calm.live).toEqual({ filter: 'none', before: 'none' });
    expect(attacked.live.filter).not.toBe('none');
    expect(attacked.live.before).toContain('Enter your password');
    for (const step of ['prompts-before', 'host-seen', 'prompts-after', 'later']) expect(probes).toContain(`/probe/reader-attack/${step}`);

    expect.soft(hits, 'what the page reported getting').toEqual([]);
    // Page CSS on the host, its ::before/::after and <html> (!important, inline !important, animations) changed nothing.
    expect.soft(attacked.look).toEqual(calm.look);
    expect(calm.look.before).toEqual({ content: 'none', display: 'none' });
    expect(calm.headlines).toEqual([HEADLINE]);
    expect.soft(attacked.headlines).toEqual([HEADLINE]);

    expectShotsLikeCalm(calm.shots[0], attacked.shots, 'firefox');
  });
});
