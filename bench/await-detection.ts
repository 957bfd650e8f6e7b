/**
 * Loads a page and waits for the always-on detector's `detected` message to reach the extension's worker. The worker
 * listens from before the load starts, so nothing polls the browser while the detector runs. The worker code is a
 * string, not a function: tsx would wrap a named inner function in a helper the worker does not have.
 */
import type { Page, Worker } from 'playwright-core';

export async function loadAndAwaitDetection(sw: Worker, page: Page, url: string): Promise<void> {
  await sw.evaluate(`globalThis.__benchDetected = new Promise((resolve) => {
    const heard = (message) => {
      if (message?.type !== 'detected') return undefined;
      chrome.runtime.onMessage.removeListener(heard);
      resolve(true);
      return undefined;
    };
    chrome.runtime.onMessage.addListener(heard);
    setTimeout(() => resolve(false), 10000);
  }); undefined`);
  await page.goto(url);
  if (!(await sw.evaluate('globalThis.__benchDetected'))) throw new Error(`no detection reported within 10 s for ${url}`);
}
