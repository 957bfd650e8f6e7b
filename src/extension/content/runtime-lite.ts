/**
 * The always-on detector cannot afford webextension-polyfill (~10 KB): it only needs a fire-and-forget
 * runtime.sendMessage, which both browsers offer natively (Firefox as browser.*, Chrome as chrome.*, promise-based
 * in MV3).
 */
import type { Envelope, MessageName, Request } from '../messages';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

export function postToBackground<N extends MessageName>(type: N, payload: Request<N>): void {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  const envelope: Envelope<N> = { type, payload };
  // The background may be restarting or the extension reloaded (orphaned script): nothing useful to do then.
  runtime?.sendMessage(envelope)?.catch?.(() => {});
}
