/**
 * The lead of an article as two copies of it are compared (repeated-lead removes one; the standfirst check in
 * metadata/standfirst.ts asks whether the body already opens with the dek): datelines set aside, and a copy cut short
 * still the same lead.
 */

/** A lead is at least this long: shorter blocks are never taken for one. */
export const LEAD_MIN_CHARS = 60;

/**
 * "(Baothanhhoa.vn) - ", "STNN - ", "HÀ NỘI — ", "BEN TRE, Viet Nam, 14 May 2024 – ": a parenthesised source, or
 * a short prefix opening with an upper-case word (so "Hệ thống dân vận, MTTQ - …" is no dateline).
 */
// The upper-case word is read up to 41 characters (what follows it may take 45 more): unbounded, a block opening
// with a long upper-case run had each of its characters tried against the 45 after it.
const DATELINE = /^\s*(?:\([^()]{2,40}\)|[\p{Lu}\d][\p{Lu}\d.]{1,40}(?!\p{Ll})[^.!?–—-]{0,45}?)\s*[-–—]\s+/u;

export function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m && text.length - m[0].length >= LEAD_MIN_CHARS ? text.slice(m[0].length) : text;
}

/** Equal, or one the start of the other (a sapo cut short), once datelines are set aside. */
export function sameLead(a: string, b: string, description: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < LEAD_MIN_CHARS) return false;
  if (long.startsWith(short) && short.length >= long.length * 0.6) return true;
  return !!description && description === short && long.startsWith(short);
}
