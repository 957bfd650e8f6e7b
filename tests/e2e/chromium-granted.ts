/**
 * Chromium with the built extension (dist/chrome) copied into a temporary folder whose manifest already holds the
 * http(s) host permission that the batch export asks for at run time. An unpacked extension gets its
 * host_permissions at install, so permissions.request() resolves true without the prompt a driven browser cannot
 * answer; everything else (popup, background, injection, downloads) is the shipped build, unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from './chromium-launch';
import { CHROME_DIR, requireBuild } from './extension-dirs';

/** More switches and environment for the browser (the read-aloud test's speech-dispatcher). */
export type GrantedOptions = Parameters<typeof launchChromiumWithExtension>[3];

export interface GrantedChromium {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Opens url in a new tab; resolves with the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The finished download's bytes, found through chrome.downloads (Playwright saves it under a GUID name). */
  downloaded(downloadId: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launchGrantedChromium(options: GrantedOptions = {}): Promise<GrantedChromium> {
  const manifest = requireBuild(CHROME_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'lucid-e2e-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-chromium-'));
  const cleanup = () => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  let ctx: BrowserContext | undefined;
  try {
    cpSync(CHROME_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: manifest.optional_host_permissions }, null, 2));
    ctx = await launchChromiumWithExtension(profile, dir, undefined, options);
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const context = ctx;
    const tabIds = () => sw.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number }>).map((t) => t.id));
    return {
      ctx,
      sw,
      extensionId: new URL(sw.url()).host,
      async openTab(url) {
        const before = new Set(await tabIds());
        const page = await context.newPage();
        await page.goto(url);
        const tabId = (await tabIds()).find((id) => !before.has(id));
        if (tabId === undefined) throw new Error(`no new tab for ${url}`);
        return { page, tabId };
      },
      async downloaded(downloadId) {
        const find = () =>
          sw.evaluate(async (id: number) => {
            const [item] = (await (globalThis as any).chrome.downloads.search({ id })) as Array<{ state: string; filename: string; error?: string }>;
            return item ?? null;
          }, downloadId);
        let item = await find();
        for (let i = 0; i < 100 && item?.state === 'in_progress'; i++) {
          await new Promise((r) => setTimeout(r, 100));
          item = await find();
        }
        if (item?.state !== 'complete') throw new Error(`download ${downloadId}: ${JSON.stringify(item)}`);
        return readFileSync(item.filename);
      },
      async close() {
        await context.close().catch(() => undefined);
        cleanup();
      },
    };
  } catch (error) {
    await ctx?.close().catch(() => undefined);
    cleanup();
    throw error;
  }
}

/** Ids of every download so far, newest last. */
export const downloadIds = (sw: Worker): Promise<number[]> =>
  sw.evaluate(async () => ((await (globalThis as any).chrome.downloads.search({})) as Array<{ id: number }>).map((d) => d.id).sort((a, b) => a - b));

