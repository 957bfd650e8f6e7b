/**
 * SHA-256, synchronous so every export is synchronous and gives the same bytes in the browser and in Node
 * (WebCrypto's digest is async-only). @noble/hashes (audited, no dependencies) replaced a hand-written version: the
 * same digests (tests/export/sha256.test.ts checks them against node:crypto), several times faster on large pages
 * (measured when it was switched: docs/architecture.md).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/** SHA-256 of raw bytes, as 64 lowercase hex digits. */
export function sha256Bytes(data: Uint8Array): string {
  return bytesToHex(sha256(data));
}

/** SHA-256 of a string encoded as UTF-8 (lone surrogates as U+FFFD, as TextEncoder does). */
export function sha256Utf8(text: string): string {
  return sha256Bytes(new TextEncoder().encode(text));
}
