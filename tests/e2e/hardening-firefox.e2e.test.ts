/**
 * The reader against a page that tries to open, read or paint over it (issue #14, items 4 and 5), in Firefox ESR
 * with the real keyboard shortcut (dist/firefox, headed on a private Xvfb display: only a real key press reaches
 * commands.onCommand). The same hostile page as the Chromium suite (hostile-beacons/reader-attack.html): every hold
 * it gets on the reader is reported to the beacon sink; the reader must look, pixel for pixel, as it does on the same
 * page served without the attack.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIR, requireBuild, suggestedShortcut, xdotoolKeys } from './extension-dirs';
import { countColour, decodePng, differingPixels, pixelAt } from './hostile-beacons/png-pixels';
import { serveHostile, type HostileServer } from './hostile-beacons/hostile-server';
import { pressKeys, startXvfb, type Display } from './xvfb';

const manifest = requireBuild(FIREFOX_DIR);
const GECKO_ID: string = manifest.browser_specific_settings.gecko.id;
const UUID = '0f4c1d52-8a3e-4b7f-9c61-5d2e8b7a9e14';
const HEADLINE = 'Harbour ferry returns after winter repairs';
const HOST = '[data-lucid-reader-overlay], lucid-reader-overlay';
const VIEW = { width: 1000, height: 700 };
const CLIP = { x: 0, y: 0, width: 980, height: 700 };

let xvfb: Display | undefined;
let server: HostileServer;
let profile: string;
let browser: Browser | undefined;
let firefoxPid: number | undefined;

beforeAll(async () => {
  xvfb = await startXvfb();
  server = await serveHostile();
  profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-firefox-hardening-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: false,
    userDataDir: profile,
    args: ['--remote-allow-system-access', '--width=1100', '--height=860'],
    env: { ...process.env, DISPLAY: xvfb.display, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  firefoxPid = browser.process()?.pid;
  expect(await browser.installExtension(FIREFOX_DIR)).toBe(GECKO_ID);
}, 90_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (firefoxPid) {
    try {
      process.kill(firefoxPid); // BiDi Firefox can outlive its driver
    } catch {
      // already gone
    }
  }
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.close();
  xvfb?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hostState = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-lucid-reader-overlay') ?? (document.querySelector(sel) ? 'present' : null), HOST).catch(() => null);

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

/** The host as the page's own getComputedStyle sees it while the reader is open, pseudo-elements included. */
function hostLook(selector: string) {
  const host = document.querySelector(selector)!;
  const pick = (cs: CSSStyleDeclaration) => ({ content: cs.content, display: cs.display });
  const cs = getComputedStyle(host);
  const root = getComputedStyle(document.documentElement);
  return {
    before: pick(getComputedStyle(host, '::before')),
    after: pick(getComputedStyle(host, '::after')),
    host: { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, filter: cs.filter, transform: cs.transform, clipPath: cs.clipPath, zoom: cs.zoom },
    root: { filter: root.filter, zoom: root.zoom, contentVisibility: root.getPropertyValue('content-visibility'), display: root.display },
  };
}

async function readWith(url: string) {
  const page = await browser!.newPage();
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
  // A string: the test runner may wrap the helper's inner arrow in a __name() the page does not have.
  const look = (await page.evaluate(`(() => { var __name = (f) => f; return (${hostLook.toString()})(${JSON.stringify(HOST)}); })()`)) as ReturnType<typeof hostLook>;
  await page.mouse.click(300, 195); // the fake prompt's password field, if it were on top
  await page.keyboard.type('hunter2');
  await page.mouse.move(60, 150);
  await page.mouse.down();
  await page.mouse.move(700, 170, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await sleep(1200);
  const shots: Buffer[] = [];
  for (let i = 0; i < 3; i++) {
    shots.push(Buffer.from(await page.screenshot({ clip: CLIP })));
    await sleep(400);
  }
  const headlines = await readerHeadlines(page);
  pressKeys(xvfb!.display, title, xdotoolKeys(suggestedShortcut(manifest)));
  await expect.poll(() => hostState(page), { timeout: 10_000 }).toBe(null);
  await page.close();
  return { live, look, shots, headlines };
}

describe('Firefox ESR: the page can neither open, read nor paint over the reader (issue #14, 4 and 5)', () => {
  // One retry: in 1 of 5 runs so far every pixel of all three attacked-page screenshots differed from the calm page's
  // (beacons, headline, red and blue pixels all held), then the same build passed alone. Not yet understood: a
  // whole-view difference points at a scroll or focus state of the page, not at the attack. Investigate; don't widen.
  it('custom elements, prototype hooks, observers, selections, ::before/::after, <html> effects, top-layer prompts and web fonts', { retry: 1 }, async () => {
    const calm = await readWith(`${server.origin}/page/reader-attack.html?without=attack`);
    const hitsBefore = server.hits().length;
    const attacked = await readWith(`${server.origin}/page/reader-attack.html`);
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

    const calmShot = decodePng(calm.shots[0]);
    if (process.env.LUCID_E2E_SHOTS) writeFileSync(join(process.env.LUCID_E2E_SHOTS, 'firefox-calm.png'), calm.shots[0]);
    expect(pixelAt(calmShot, 5, CLIP.height - 5), 'the reader fills the viewport').toEqual([0xfb, 0xfa, 0xf7]);
    for (const [i, shot] of attacked.shots.entries()) {
      if (process.env.LUCID_E2E_SHOTS) writeFileSync(join(process.env.LUCID_E2E_SHOTS, `firefox-attacked-${i}.png`), shot);
      const img = decodePng(shot);
      expect.soft(countColour(img, [255, 0, 0]), `red pixels in screenshot ${i}`).toBe(0);
      expect.soft(countColour(img, [0, 0, 255]), `blue pixels in screenshot ${i}`).toBe(0);
      expect.soft(differingPixels(img, calmShot, 8), `pixels unlike the calm page's reader, screenshot ${i}`).toBe(0);
    }
  });
});
