/**
 * Every message the background accepts is checked here: its shape (messages are data from other contexts, and a
 * compromised page can reach a content script) and its sender (our own extension; content messages only from a
 * tab's top frame, page messages only from our own pages). The checks are typed by the message map, so they cannot
 * drift from the types the senders use.
 */
import type { DetectionSignal } from '../../core/index';
import { arrayOf, isBoolean, isNumber, isString, oneOf, optional, shape, where, type Check } from '../check';
import type { BackgroundMessage, Envelope } from '../messages';
import { readEnvelope, type Checks } from '../receive';

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

const isTabId = where(isNumber, (n) => Number.isInteger(n) && n >= 0);
/** A plain file name for the downloads folder: no folders, no "..", no control characters. */
const isFileName = where(isString, (v) => v.length > 0 && v.length <= 200 && !/[\/\\:*?"<>|\u0000-\u001f]/.test(v) && !v.startsWith('.'));
const isMime = where(isString, (v) => /^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i.test(v));
const isSignal: Check<DetectionSignal> = shape({ name: isString, weight: isNumber, detail: optional(isString) });

/** The payload of each message the background handles. */
const PAYLOADS = {
  detected: shape({ url: isString, title: isString, isArticle: isBoolean, ms: isNumber, detection: shape({ score: isNumber, signals: arrayOf(isSignal) }) }),
  'extract-tab': shape({ tabId: isTabId, force: isBoolean }),
  'toggle-reader-tab': shape({ tabId: isTabId, seen: isBoolean }),
  'download-file': shape({ fileName: isFileName, mime: isMime, data: isString, encoding: oneOf('utf8', 'base64') }),
} satisfies Checks<BackgroundMessage>;

/** Who may send each: content scripts (which a page can talk to) only report; only our own pages make us act. */
const SENDERS: Record<BackgroundMessage, 'content' | 'page'> = {
  detected: 'content',
  'extract-tab': 'page',
  'toggle-reader-tab': 'page',
  'download-file': 'page',
};

/** The envelope when it is well-formed and from an allowed sender, else null (the message is ignored). */
export function acceptMessage(message: unknown, sender: SenderInfo, runtimeId: string, extensionOrigin: string): Envelope<BackgroundMessage> | null {
  const envelope = readEnvelope<BackgroundMessage>(message, PAYLOADS);
  if (!envelope || sender.id !== runtimeId) return null;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const from = SENDERS[envelope.type];
  if (from === 'page' && !fromOwnPage) return null;
  if (from === 'content' && (fromOwnPage || !isTabId(sender.tab?.id) || sender.frameId !== 0)) return null;
  return envelope;
}
