/**
 * The held-out part of the metadata labels: about 30% of the labelled pages, chosen by a stable hash of the page id,
 * so that fixes are tuned on the rest ("dev") and checked once on pages nobody tuned them on. The same page is in
 * the same part on every machine and every run; adding labels does not move the pages already labelled.
 */
import { createHash } from 'node:crypto';

const SALT = 'held-out:';
const HELD_OUT_PERCENT = 30;

export type SplitPart = 'dev' | 'held-out';

export function splitPart(pageId: string): SplitPart {
  const bucket = createHash('sha256').update(SALT + pageId).digest().readUInt32BE(0) % 100;
  return bucket < HELD_OUT_PERCENT ? 'held-out' : 'dev';
}
