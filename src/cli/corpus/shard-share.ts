/**
 * Which inputs belong to share I of N: by a hash of the input's file name (not its path, not its position in a
 * list), so every task of an array job computes the same split from the same list, and a file keeps its share when
 * other files are added.
 */
import { createHash } from 'node:crypto';

export function shareOf(name: string, count: number): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) % count;
}

/** The folder of share I of N inside --out: numbered from 0, padded so the folders sort in order. */
export function shardFolderName(index: number, count: number): string {
  const width = String(count).length;
  return `shard-${String(index).padStart(width, '0')}-of-${count}`;
}

export const SHARD_FOLDER = /^shard-(\d+)-of-(\d+)$/;
