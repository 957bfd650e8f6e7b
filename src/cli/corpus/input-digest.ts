/** An input file's size and SHA-256, read as a stream: what the manifest records and what a resumed run compares. */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';

export interface InputDigest {
  size: number;
  sha256: string;
}

export async function digestFile(path: string): Promise<InputDigest> {
  const { size } = await stat(path);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return { size, sha256: hash.digest('hex') };
}
