/**
 * `lucid merge DIR`: after the tasks of an array job each wrote DIR/shard-I-of-N, one set of shards and one manifest
 * over all of them, by the same last pass a one-process run makes (write-corpus.ts), so the result is the same.
 * Refuses when a share is missing or the shares were run with different options.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARD_FOLDER } from './shard-share';
import { allMarkers } from './work-spool';
import { writeCorpus, type CorpusOptions, type CorpusSource, type CorpusSummary } from './write-corpus';

export class MergeError extends Error {}

interface ShardManifest {
  options: { lang: string[] | null; dedupe: { mode: 'exact' | 'near' } | null; recordsPerFile: number };
  inputs: { name: string }[];
}

export async function mergeShards(dir: string): Promise<{ shards: number; summary: CorpusSummary }> {
  const startedAt = new Date().toISOString();
  const folders = (await readdir(dir).catch(() => [] as string[])).filter((f) => SHARD_FOLDER.test(f)).sort();
  if (folders.length === 0) throw new MergeError(`${dir}: no shard-I-of-N folders to merge`);
  const count = Number(SHARD_FOLDER.exec(folders[0]!)![2]);
  if (folders.some((f) => Number(SHARD_FOLDER.exec(f)![2]) !== count)) throw new MergeError(`${dir}: shard folders of different counts (${folders.join(', ')})`);
  if (folders.length !== count) throw new MergeError(`${dir}: ${folders.length} of ${count} shards (${folders.join(', ')}): run the missing ones first`);

  let options: CorpusOptions | null = null;
  let optionsText = '';
  const sources: CorpusSource[] = [];
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(join(dir, folder, 'manifest.json'), 'utf8').catch(() => {
      throw new MergeError(`${join(dir, folder)}: no manifest.json (the shard did not finish)`);
    })) as ShardManifest;
    const these: CorpusOptions = { langs: manifest.options.lang, dedupe: manifest.options.dedupe?.mode ?? null, recordsPerFile: manifest.options.recordsPerFile };
    const text = JSON.stringify(these);
    if (options && text !== optionsText) throw new MergeError(`${folder} was run with other options (${text}) than ${folders[0]} (${optionsText})`);
    options = these;
    optionsText = text;
    const markers = await allMarkers(join(dir, folder, 'work'));
    const listed = new Set(manifest.inputs.map((i) => i.name));
    for (const marker of markers) if (listed.has(marker.input.name)) sources.push({ workDir: join(dir, folder, 'work'), marker });
  }
  const summary = await writeCorpus(dir, sources, options!, { startedAt, shard: null });
  return { shards: count, summary };
}
