/**
 * A page Chromium prerenders (speculation rules: a search engine's top result, a likely next link) and then shows:
 * the content script runs while the page is still hidden, and the toolbar mark must follow what the tab shows —
 * none for the page that asked for the prerender, the article's once it is shown. Needs a Chromium with no DevTools
 * client on its pages (chromium-bare.ts): with one attached, Chromium does not prerender at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBareChromium, type BareChromium } from './chromium-bare';
import { CHROME_DIR, requireBuild } from './extension-dirs';
import { FOUNDING, serveFixtures, type FixtureServer } from './fixture-server';

requireBuild(CHROME_DIR);

/** The start page shows this long before it follows its link; the prerender has long loaded by then. */
const SHOW_START_MS = 5_000;

/** Not an article: a link list that asks for the founding page to be prerendered, then follows the link. */
const START_PAGE = `<!doctype html><html lang="en"><head><title>Start</title>
  <script type="speculationrules">{"prerender": [{"source": "list", "urls": ["/${FOUNDING}/"]}]}</script></head>
  <body><ul><li><a href="/${FOUNDING}/">Giao ban</a></li></ul>
  <script>setTimeout(() => { location.href = '/${FOUNDING}/'; }, ${SHOW_START_MS});</script></body></html>`;

let server: FixtureServer;
let chromium: BareChromium | undefined;
let profile: string;

beforeAll(async () => {
  server = await serveFixtures({ '/start/': START_PAGE });
  profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-prerender-'));
  chromium = await launchBareChromium(profile, CHROME_DIR);
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The Sec-Purpose header of every request for the article ("prefetch;prerender" for a prerender). */
const articleRequests = () => server.requests.filter((r) => r.path === `/${FOUNDING}/`).map((r) => r.purpose);

describe('Chromium (dist/chrome), a prerendered page', () => {
  it('is marked once it is shown, and the page that prerendered it is not', async () => {
    const worker = chromium!;
    const tabId = await worker.inWorker<number>(`chrome.tabs.create({ url: '${server.origin}/start/' }).then((tab) => tab.id)`);
    const reports = () => worker.inWorker<number>(`(globalThis.__lucidDetectTimings.get(${tabId}) ?? []).length`);
    const badge = () => worker.inWorker<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);

    // The start page has reported and the article is being prerendered behind it.
    await expect.poll(reports, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => articleRequests().length, { timeout: 10_000 }).toBe(1);
    expect(articleRequests()[0]).toContain('prerender');
    // Time for the hidden page's script to run. A report from it would come from a frame that is not yet the tab's
    // top frame, which the background drops: the script must wait until the page is shown.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await reports(), 'reports while the start page is shown').toBe(1);
    expect(await badge(), 'the start page is not an article').toBe('');

    // The start page follows its link: the prerendered article is shown, not loaded again.
    await expect.poll(reports, { timeout: SHOW_START_MS + 10_000 }).toBe(2);
    expect(articleRequests(), 'the shown article is the prerendered one').toHaveLength(1);
    await expect.poll(badge, { timeout: 5_000 }).not.toBe('');
  });
});
