/** Reading a corpus folder (`--out DIR`) back, for the tests that compare two runs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const shardNames = (out: string) => readdirSync(out).filter((f) => f.startsWith('part-')).sort();

/** Every shard file and the manifest without its run times: what two runs must agree on byte for byte. */
export function corpusOf(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of shardNames(out)) files[f] = readFileSync(join(out, f), 'utf8');
  const { run: _run, ...manifest } = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  files['manifest.json'] = JSON.stringify(manifest);
  return files;
}

/** Every record of every shard, in shard order. */
export const corpusRecords = (out: string) =>
  shardNames(out).flatMap((f) => readFileSync(join(out, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
