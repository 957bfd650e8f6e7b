/**
 * Shortcut -> reader painted, and popup -> content, over many pages, for bench/extension.ts (issue #15): the golden
 * fixtures and the largest scrapinghub benchmark pages (read by path from shared/bench, served from 127.0.0.1; their
 * remote images and scripts fail at once, as the launch maps every other host to nothing).
 *
 * Each page gets a tab of its own: the first press there is cold (the extractor is injected and the page read), the
 * next presses are warm (the article is cached; the reader page is framed again). The floor is measured on the same
 * page in the same run, between the presses: a key the page itself listens for (Alt+Shift+U, no command) that makes
 * it paint one element — what any reaction to a key press costs here (input, one task, two frames), before any
 * extension work.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import { focusWindow, sendKeys } from '../tests/e2e/xvfb';

export interface PageTimes {
  page: string;
  cold: number;
  warm: number[];
  floor: number[];
  popup: number;
}

const FLOOR_KEYS = 'alt+shift+u';

/** Resolves with Date.now() two frames after `selector`'s presence equals `present`. A string: tsx would wrap a function. */
const painted = (page: Page, selector: string, present: boolean) =>
  page.evaluate(`new Promise((resolve) => {
    const check = () => (document.querySelector(${JSON.stringify(selector)}) !== null) === ${present}
      ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())))
      : requestAnimationFrame(check);
    check();
  })`) as Promise<number>;

const OVERLAY = '[data-lucid-reader-overlay="shown"]';
const FLOOR_MARK = '[data-bench-floor]';

/** The page's own key listener for the floor: adds a mark on Alt+Shift+U, removes it on the next. */
const installFloor = (page: Page) =>
  page.evaluate(`window.addEventListener('keydown', (e) => {
    if (!e.altKey || !e.shiftKey || e.code !== 'KeyU') return;
    const old = document.querySelector('[data-bench-floor]');
    if (old) { old.remove(); return; }
    const mark = document.createElement('div');
    mark.dataset.benchFloor = '';
    mark.textContent = 'floor';
    mark.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:2147483647';
    document.documentElement.append(mark);
  }, true)`);

async function press(display: string, title: string, keys: string, page: Page, selector: string): Promise<number> {
  focusWindow(display, title);
  const shown = painted(page, selector, true);
  const t0 = Date.now();
  sendKeys(display, keys);
  const ms = (await shown) - t0;
  const gone = painted(page, selector, false);
  sendKeys(display, keys);
  await gone;
  return ms;
}

/** Times one page: a cold press, `warmRuns` warm ones, as many floor presses, and the popup on that tab. */
export async function overlayTimes(
  ctx: BrowserContext,
  sw: Worker,
  display: string,
  keys: string,
  url: string,
  name: string,
  warmRuns: number,
): Promise<PageTimes> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.bringToFront();
    await installFloor(page);
    // A title xdotool can find the window by, whatever the page's own title is.
    const title = `bench-${name}`;
    await page.evaluate(`document.title = ${JSON.stringify(title)}`);
    const floor = [await press(display, title, FLOOR_KEYS, page, FLOOR_MARK)];
    const cold = await press(display, title, keys, page, OVERLAY);
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      floor.push(await press(display, title, FLOOR_KEYS, page, FLOOR_MARK));
      warm.push(await press(display, title, keys, page, OVERLAY));
    }
    const extensionId = new URL(sw.url()).host;
    const tabId = await sw.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await ctx.newPage();
    const t0 = Date.now();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 20_000 });
    const popupMs = Date.now() - t0;
    await popup.close();
    return { page: name, cold, warm, floor, popup: popupMs };
  } finally {
    await page.close();
  }
}

/** The n largest benchmark pages (by HTML size), served by the fixture server under /bench/<id>/. */
export function largestPages(pages: { id: string; html: string }[], n: number): Record<string, string> {
  const chosen = [...pages].sort((a, b) => b.html.length - a.html.length).slice(0, n);
  return Object.fromEntries(chosen.map((p) => [`/bench/${p.id}/`, p.html]));
}

export type { FixtureServer };
