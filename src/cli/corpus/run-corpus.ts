/**
 * `lucid extract … --format jsonl --out DIR`: a corpus run. Inputs are taken in file-name order (this run's share of
 * them with --shard), each extracted into its own resumable spool (work-spool.ts) unless an earlier run already did
 * it for the same bytes, then the shards and manifest are written from all spools (write-corpus.ts).
 */
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CliOptions } from '../args';
import { runPool } from '../pool';
import type { PageJob, PageResult } from '../process-page';
import { WARC_FILE } from '../warc/read-warc';
import { WarcTally, warcJobs } from '../warc/warc-jobs';
import { digestFile } from './input-digest';
import { shardFolderName, shareOf } from './shard-share';
import { InputSpool, doneMarker, type DoneMarker } from './work-spool';
import { writeCorpus, type CorpusSummary } from './write-corpus';

export interface CorpusReport {
  inputs: number;
  resumed: number;
  failed: string[];
  warnings: string[];
  summary: CorpusSummary;
  markers: DoneMarker[];
  outDir: string;
}

export async function runCorpus(opts: CliOptions, files: string[], onResult: (r: PageResult) => void): Promise<CorpusReport> {
  const startedAt = new Date().toISOString();
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = basename(file);
    if (byName.has(name)) throw new CorpusError(`two inputs are named ${name} (${byName.get(name)}, ${file}): a corpus names its inputs by file name`);
    byName.set(name, file);
  }
  let names = [...byName.keys()].sort();
  let outDir = opts.out!;
  if (opts.shard) {
    names = names.filter((n) => shareOf(n, opts.shard!.count) === opts.shard!.index);
    outDir = join(outDir, shardFolderName(opts.shard.index, opts.shard.count));
  }
  const workDir = join(outDir, 'work');
  await mkdir(workDir, { recursive: true });

  const markers = new Map<string, DoneMarker>();
  const todo: { name: string; path: string; spool: InputSpool }[] = [];
  const failed: string[] = [];
  for (const name of names) {
    const path = byName.get(name)!;
    const digest = await digestFile(path).catch((err: NodeJS.ErrnoException) => {
      failed.push(`${path}: ${err.code === 'ENOENT' ? 'no such file' : `cannot be read (${err.code ?? err.message})`}`);
      return null;
    });
    if (!digest) continue;
    const done = await doneMarker(workDir, name, digest);
    if (done) markers.set(name, done);
    else {
      const spool = new InputSpool(workDir, name, digest);
      await spool.reset();
      todo.push({ name, path, spool });
    }
  }
  const resumed = markers.size;

  // Results arrive in job order; each job's input is noted as the job is made, and an input is done when its last
  // job's result is written (or at once, when it had no page).
  const inputOfJob = new Map<number, number>();
  const jobsOf: (number | null)[] = todo.map(() => null);
  const deliveredOf = todo.map(() => 0);
  const warnings: string[] = [];
  const finish = async (k: number) => markers.set(todo[k]!.name, await todo[k]!.spool.finish());
  let made = 0;
  async function* jobs(): AsyncGenerator<PageJob> {
    for (let k = 0; k < todo.length; k++) {
      const { path, spool } = todo[k]!;
      let count = 0;
      const tally = new WarcTally();
      const source = WARC_FILE.test(path)
        ? warcJobs(path, { format: 'jsonl', charset: opts.charset }, tally)
        : (async function* () {
            yield { path, url: null, charset: opts.charset, format: 'jsonl' as const, accessedAt: opts.accessedAt ?? startedAt };
          })();
      for await (const job of source) {
        inputOfJob.set(made++, k);
        count++;
        yield job;
      }
      spool.counts.skipped = Object.fromEntries(tally.skipped);
      spool.counts.truncated = tally.truncated.length;
      warnings.push(...tally.truncated);
      for (const error of tally.errors) failed.push(error);
      jobsOf[k] = count;
      if (tally.errors.length === 0 && deliveredOf[k] === count) await finish(k);
    }
  }

  await runPool(
    jobs(),
    opts.jobs,
    async (result, index) => {
      const k = inputOfJob.get(index)!;
      inputOfJob.delete(index);
      const { spool } = todo[k]!;
      spool.counts.pages++;
      if (result.ok) {
        await spool.write(result.output);
        spool.counts.extracted++;
        if (!result.isArticle) spool.counts.notArticles++;
      } else {
        spool.counts.failed++;
      }
      onResult(result);
      deliveredOf[k]!++;
      if (deliveredOf[k] === jobsOf[k]) await finish(k);
    },
    () => opts.failFast && failed.length > 0,
    { timeoutMs: opts.timeoutMs },
  );

  const done = names.filter((n) => markers.has(n)).map((n) => ({ workDir, marker: markers.get(n)! }));
  const summary = await writeCorpus(outDir, done, opts, { startedAt, shard: opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null });
  return { inputs: names.length, resumed, failed, warnings, summary, markers: done.map((d) => d.marker), outDir };
}

export class CorpusError extends Error {}
