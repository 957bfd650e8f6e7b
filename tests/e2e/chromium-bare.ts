/**
 * Chromium with the extension loaded and no DevTools client on any page: Chromium turns prerendering off while one
 * is attached (the Preload domain reports PrerenderingDisabledByDevTools), and Playwright attaches to every page, so
 * a prerendered page can only be seen this way. Launched headless with DevTools on a pipe (CDP messages ended by
 * NUL, as Playwright's own launch uses); only the extension's service worker is attached, and tests act through
 * the extension's APIs there.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { chromiumArgs } from './chromium-launch';

export interface BareChromium {
  /** Evaluates an expression in the extension's service worker (promises awaited) and returns its value. */
  inWorker<T>(expression: string): Promise<T>;
  /** Ends the browser; resolves once it has exited (and stopped writing to its profile). */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    const value = await get();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function launchBareChromium(profile: string, extensionDir: string): Promise<BareChromium> {
  // fd 3: what Chromium reads (our commands); fd 4: what it writes (replies and events).
  const browser = spawn('/usr/bin/chromium', ['--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...chromiumArgs(extensionDir), 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  let lastId = 0;
  const replies = new Map<number, (reply: { result?: any; error?: { message: string } }) => void>();
  // A browser that fails to start or dies answers nothing: fail what waits for it, saying so.
  const gone = (why: string) => {
    for (const reply of replies.values()) reply({ error: { message: why } });
    replies.clear();
  };
  browser.once('error', (error) => gone(`Chromium did not start: ${error.message}`));
  const exited = new Promise<void>((resolve) =>
    browser.once('exit', (code, signal) => {
      gone(`Chromium exited (${signal ?? code})`);
      resolve();
    }),
  );
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop()!;
    for (const part of parts) {
      const reply = JSON.parse(part);
      replies.get(reply.id)?.(reply);
      replies.delete(reply.id);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<any>((resolve, reject) => {
      const id = ++lastId;
      replies.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result)));
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  try {
    const worker = await until('the extension service worker', async () =>
      ((await send('Target.getTargets')).targetInfos as Array<{ type: string; url: string; targetId: string }>).find(
        (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
      ),
    );
    const { sessionId } = await send('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
    const inWorker = async <T>(expression: string): Promise<T> => {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      if (exceptionDetails) throw new Error(`in the worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    };
    // A worker that has just started may not have its extension APIs yet.
    await until('the extension APIs in the worker', async () => (await inWorker<boolean>(`typeof chrome === 'object' && !!chrome.tabs`)) || undefined);
    return {
      inWorker,
      async close() {
        // An orderly shutdown, so that no child process still writes to the profile once this resolves.
        const killLater = setTimeout(() => browser.kill('SIGKILL'), 10_000);
        await send('Browser.close').catch(() => undefined);
        await exited;
        clearTimeout(killLater);
      },
    };
  } catch (error) {
    browser.kill();
    throw error;
  }
}
