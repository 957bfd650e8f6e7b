/**
 * The private channel between the content script's overlay and the reader page it frames (reader.html).
 *
 * The reader is an extension page, not nodes in the article's document: a page shares its document's selection,
 * window.find, innerText and custom-element registry with anything rendered there, and those handed the page the
 * reader's text, and in Firefox its closed shadow root (issue #14). The page cannot reach the frame either: it sits
 * in a closed shadow root, so it is not in window.frames, and its document is of the extension's origin.
 *
 * Handshake: the content script names the frame reader.html#<token>, a random token only it and the frame know; on the
 * frame's load it posts { [HANDSHAKE]: token } to the frame's window at the extension's origin, transferring one end
 * of a MessageChannel. The frame accepts the first such message from its parent with its token, and from then on the
 * two talk only over that port. Shared by the content script and the reader page, so it lives in neither's folder.
 */
import { isRecord, oneOf, shape, type Check } from './check';
import type { Attendees } from '../core/index';
import type { ReaderContent } from './reader-notice';

export const READER_PAGE = 'reader.html';
export const HANDSHAKE = 'lucidReaderHandshake';

/**
 * Content script -> reader page: the article, a notice (why it may not be what the person wants), or both.
 * peopleLater: the article's attendee summary is still being found; a PeopleUpdate follows.
 */
export type ToReader = { type: 'article'; peopleLater?: boolean } & ReaderContent;

/** Content script -> reader page, after a ToReader with peopleLater: the article's attendee summary (null: none). */
export type PeopleUpdate = { type: 'attendees'; attendees: Attendees | null };

const strings = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
const PARTS = new Set(['chair', 'attendee', 'speaker']);
const isPerson = (p: unknown) =>
  isRecord(p) && typeof p.name === 'string' && strings(p.roles) && strings(p.evidence) &&
  Array.isArray(p.parts) && p.parts.every((x) => PARTS.has(x as string));

export function isPeopleUpdate(data: unknown): data is PeopleUpdate {
  if (!isRecord(data) || data.type !== 'attendees') return false;
  const a = data.attendees;
  if (a === null) return true;
  return isRecord(a) && Array.isArray(a.people) && a.people.every(isPerson) && strings(a.groups);
}

/** Content script -> reader page, once it shows: close the way your own button does (history entry first). */
export type LeaveRequest = { type: 'leave' };
export const isLeaveRequest: Check<LeaveRequest> = shape({ type: oneOf('leave') });

/** Reader page -> content script. */
export type FromReader =
  /** The article is rendered: the overlay may show the frame and give it the focus. */
  | { type: 'shown' }
  /** The person closed the reader (its close button, or Escape with the focus in the reader). */
  | { type: 'close' }
  /** The reader's window lost the focus: something may have been put above the reader. */
  | { type: 'blur' }
  /** The person wants to point at the block that holds the article (the overlay closes and the picker starts). */
  | { type: 'pick' };

export const isFromReader: Check<FromReader> = shape({ type: oneOf('shown', 'close', 'blur', 'pick') });

const isArticleLike = (a: unknown) => isRecord(a) && typeof a.title === 'string' && typeof a.html === 'string';
const isNotice = (n: unknown) => isRecord(n) && (n.reason === 'not-article' || n.reason === 'little' || n.reason === 'failed');

/** An article, a notice, or both; never neither (the reader would have nothing to say). */
export function isToReader(data: unknown): data is ToReader {
  if (!isRecord(data) || data.type !== 'article') return false;
  const { article, notice, peopleLater } = data;
  if (peopleLater !== undefined && typeof peopleLater !== 'boolean') return false;
  if (article !== null && !isArticleLike(article)) return false;
  if (notice !== null && !isNotice(notice)) return false;
  return article !== null || notice !== null;
}

/** A fresh token: 128 random bits, hex. */
export function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const isToken = (s: string) => /^[0-9a-f]{32}$/.test(s);
