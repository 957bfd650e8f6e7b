/** Typed senders over the message map in messages.ts. */
import browser from './browser';
import type { Envelope, MessageName, Request, Response } from './messages';

/** Extension page or content script -> background. */
export function sendToBackground<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const envelope: Envelope<N> = { type, payload };
  return browser.runtime.sendMessage(envelope) as Promise<Response<N>>;
}

/** Background or extension page -> the content script of one tab (top frame only). */
export function sendToTab<N extends MessageName>(tabId: number, type: N, payload: Request<N>): Promise<Response<N>> {
  const envelope: Envelope<N> = { type, payload };
  return browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Promise<Response<N>>;
}
