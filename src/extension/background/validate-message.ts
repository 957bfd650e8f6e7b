/**
 * Every message the background accepts is checked here: its shape (messages are data from other contexts, and a
 * compromised page can reach a content script) and its sender (our own extension; content messages only from a
 * tab's top frame, page messages only from our own pages).
 */
import type { Envelope, MessageName } from '../messages';

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

type Check = (payload: Record<string, unknown>) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
/** A plain file name for the downloads folder: no folders, no "..", no control characters. */
const isFileName = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && v.length <= 200 && !/[\/\\:*?"<>|\u0000-\u001f]/.test(v) && !v.startsWith('.');
const isDetection = (v: unknown) =>
  isObject(v) &&
  typeof v.score === 'number' &&
  Array.isArray(v.signals) &&
  v.signals.every((s) => isObject(s) && typeof s.name === 'string' && typeof s.weight === 'number');

/** Messages the background handles, who may send them, and their payload shape. */
const ACCEPTED: Partial<Record<MessageName, { from: 'content' | 'page'; check: Check }>> = {
  detected: {
    from: 'content',
    check: (p) =>
      typeof p.url === 'string' &&
      typeof p.title === 'string' &&
      typeof p.isArticle === 'boolean' &&
      typeof p.ms === 'number' &&
      isDetection(p.detection),
  },
  'extract-tab': { from: 'page', check: (p) => isTabId(p.tabId) && typeof p.force === 'boolean' },
  'toggle-reader-tab': { from: 'page', check: (p) => isTabId(p.tabId) },
  'download-file': {
    from: 'page',
    check: (p) =>
      isFileName(p.fileName) &&
      typeof p.mime === 'string' &&
      /^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i.test(p.mime) &&
      typeof p.data === 'string' &&
      (p.encoding === 'utf8' || p.encoding === 'base64'),
  },
};

/** The envelope when it is well-formed and from an allowed sender, else null (the message is ignored). */
export function acceptMessage(message: unknown, sender: SenderInfo, runtimeId: string, extensionOrigin: string): Envelope | null {
  if (!isObject(message) || typeof message.type !== 'string' || !isObject(message.payload)) return null;
  const rule = ACCEPTED[message.type as MessageName];
  if (!rule || sender.id !== runtimeId) return null;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (rule.from === 'page' && !fromOwnPage) return null;
  if (rule.from === 'content' && (fromOwnPage || !isTabId(sender.tab?.id) || sender.frameId !== 0)) return null;
  return rule.check(message.payload) ? (message as Envelope) : null;
}
