/**
 * The always-on content script's cost per page load, for bench/extension.ts: every fixture loaded several times in a
 * tab of its own, each load traced (extension-trace.ts), with the detector's in-script timer from the worker. The
 * first load in a new tab runs in a new renderer process, where V8 compiles the script and Blink sets up its DOM
 * bindings for the first time; later loads in the tab reuse that process (`processReuse` checks both from the
 * trace's process ids, and the bench prints it).
 *
 * The same-run baseline is a floor: a build whose content script does the least any page-reading detector must do
 * (wait for idle, read one element, send the same message from a task of its own) and nothing else, so the
 * figures say how much of the cost is ours and how much is the price of any content script at all.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import { tracedLoad, type LoadCost } from './extension-trace';

export interface DetectorLoad {
  /** The in-script timer around the detector's call (ms; the content-script clock ticks in 0.1 ms). */
  timer: number;
  cost: LoadCost;
  /** The first load in a new tab: a new renderer process. */
  first: boolean;
}

/** `loads` traced loads of `slug` in a new tab of `ctx`, whose extension worker is `sw`. */
export async function detectorLoads(ctx: BrowserContext, sw: Worker, server: FixtureServer, slug: string, loads: number): Promise<DetectorLoad[]> {
  const tab = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(tab);
    const costs: LoadCost[] = [];
    for (let i = 0; i < loads; i++) costs.push(await tracedLoad(cdp, sw, tab, server.url(slug)));
    // The worker keeps the last 50 timings per tab and forgets them when the tab closes: this tab is the only one
    // that loads pages while it is open.
    const timings = await sw.evaluate(() => [...((globalThis as any).__lucidDetectTimings as Map<number, number[]>).values()].flat());
    if (timings.length !== costs.length) throw new Error(`${slug}: ${timings.length} detections reported for ${costs.length} loads`);
    return timings.map((timer, i) => ({ timer, cost: costs[i], first: i === 0 }));
  } finally {
    await tab.close();
  }
}

/** The floor's content script: what any detector that reads the page and tells the background has to do. */
const FLOOR_SCRIPT = `(() => {
  if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return;
  requestIdleCallback(() => {
    const start = performance.now();
    const url = document.URL;
    const heading = document.querySelector('h1');
    const read = heading ? heading.textContent.length : 0;
    const ms = performance.now() - start;
    const payload = { url, title: document.title, detection: { score: 0, signals: [{ name: 'floor', weight: read }] }, isArticle: false, ms };
    setTimeout(() => chrome.runtime.sendMessage({ type: 'detected', payload }).catch(() => {}), 0);
  }, { timeout: 2000 });
})();
`;

/** A copy of the Chrome build with the floor's content script in place of the detector; returns its directory. */
export function floorBuild(chromeDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-floor-'));
  cpSync(chromeDir, dir, { recursive: true });
  writeFileSync(join(dir, 'content-detect.js'), FLOOR_SCRIPT);
  return dir;
}

/**
 * From the trace's process ids (`loads` in tab order, each tab's first load first): first loads that ran in a process
 * no earlier load ran in, and repeat loads that ran in their tab's first process.
 */
export function processReuse(loads: DetectorLoad[]): { newProcessFirsts: number; sameProcessRepeats: number } {
  const seen = new Set<number>();
  let firstPid = 0;
  let newProcessFirsts = 0;
  let sameProcessRepeats = 0;
  for (const { first, cost } of loads) {
    if (first) {
      firstPid = cost.pid;
      if (!seen.has(cost.pid)) newProcessFirsts++;
    } else if (cost.pid === firstPid) sameProcessRepeats++;
    seen.add(cost.pid);
  }
  return { newProcessFirsts, sameProcessRepeats };
}
