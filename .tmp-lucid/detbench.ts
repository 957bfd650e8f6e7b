import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_DIR, fixtureSlugs } from '../tests/e2e/extension-dirs';
import { serveFixtures } from '../tests/e2e/fixture-server';
import { startXvfb } from '../tests/e2e/xvfb';
const LOADS = +(process.argv[2] ?? 5);
const xvfb = await startXvfb(); const server = await serveFixtures();
const profile = mkdtempSync(join(tmpdir(), 'lucid-detb-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: process.argv[3] === 'headless', env: { ...process.env, DISPLAY: xvfb.display }, viewport: { width: 1100, height: 720 },
  args: [`--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`, '--ozone-platform=x11', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const timings = () => sw.evaluate(() => [...((globalThis as any).__lucidDetectTimings as Map<number, number[]>).values()].flat());
  const per: Record<string, number[]> = {}; const all: number[] = [];
  for (const slug of fixtureSlugs()) {
    const tab = await ctx.newPage();
    for (let i = 0; i < LOADS; i++) {
      const before = (await timings()).length;
      await tab.goto(server.url(slug));
      while ((await timings()).length === before) await tab.waitForTimeout(20);
    }
    per[slug] = await timings(); all.push(...per[slug]);
    await tab.close();
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];
  for (const [s, xs] of Object.entries(per)) console.log(s.padEnd(45), xs.map((x) => x.toFixed(1)).join(' '));
  console.log('median', q(all, 0.5).toFixed(2), 'p25', q(all, 0.25).toFixed(2), 'p75', q(all, 0.75).toFixed(2), 'n', all.length);
} finally { await ctx.close(); rmSync(profile, { recursive: true, force: true }); await server.close(); xvfb.close(); }
