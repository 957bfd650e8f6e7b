/**
 * Lines made of addresses that are furniture: the page's own address printed by a share widget
 * ("https://www.chron.com/news/…"), a reporter's contact line ("paul.takahashi@chron.com twitter.com/paultakahashi").
 * A line of other addresses is a list of sources or links the article gives (kept), and so are a sentence that
 * cites an address, list items and code.
 */
import { insideTag, isProtected, leafMatches } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const MAX_LINE_CHARS = 240;
/** Share of a line's non-space characters that addresses must make up. */
const MIN_ADDRESS_SHARE = 0.7;
const LINES = 'p, div';
const KEEP_INSIDE = new Set(['LI', 'PRE', 'CODE', 'BLOCKQUOTE', 'TABLE']);
const ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*)$/i;

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

// The look-behinds start a match at the first character of a trailing run only: from each of its characters the
// pattern read the run to its end and failed (quadratic in a token of 60,000 dots).
const bare = (token: string): string => token.replace(/(?<![.,;:)])[.,;:)]+$/, '');

export function addressShare(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  const all = tokens.reduce((n, t) => n + t.length, 0);
  const addresses = tokens.filter((t) => ADDRESS.test(bare(t))).reduce((n, t) => n + t.length, 0);
  return all === 0 ? 0 : addresses / all;
}

/** An address without scheme, "www.", query, fragment and trailing slash, for comparing with the page's. */
function addressKey(raw: string): string {
  return raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#][^]*$/, '').replace(/(?<!\/)\/+$/, '');
}

/** Whether a line of addresses is furniture: it prints the page's own address, or an e-mail address. */
export function isFurnitureAddressLine(text: string, pageUrl: string | undefined): boolean {
  if (text.length > MAX_LINE_CHARS || addressShare(text) < MIN_ADDRESS_SHARE) return false;
  const page = pageUrl ? addressKey(pageUrl) : null;
  return text.split(/\s+/).some((t) => EMAIL.test(bare(t)) || (!!page && addressKey(bare(t)) === page));
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { textOf, removeBlocks } = ctx.run;
  const s = ctx.run.structureOf(root);
  const found: Element[] = [];
  for (const el of leafMatches(root, LINES)) {
    const text = textOf(el);
    if (!text || !isFurnitureAddressLine(text, ctx.url)) continue;
    if (!isProtected(el, root, s) && !insideTag(el, root, KEEP_INSIDE)) found.push(el);
  }
  return removeBlocks(found);
}

export const rule: CleanRule = { name: 'address-lines', post: apply };
