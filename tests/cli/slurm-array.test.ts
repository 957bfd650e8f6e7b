/**
 * scripts/slurm/extract.sbatch on a real single-node Slurm cluster (slurm-cluster.ts): a 4-task array job over
 * sample WARCs, then `lucid merge`, gives byte for byte what one process gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './run-cli';
import { buildWarc, fixturePage } from './make-warc';
import { corpusOf } from './corpus-files';
import { SlurmCluster } from './slurm-cluster';

const SLUGS = ['kellerton-council-library', 'baothanhhoa-giao-ban-dan-van', 'ruthsplot-frost-sensor-blog', 'westhaven-storm-fenna-live', 'tinmientrung-chuyen-muc-thoi-su', 'longshore-river-towns-feature'];
let dir: string;
let cluster: SlurmCluster;
const warcs: string[] = [];


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lucid-slurm-test-'));
  mkdirSync(join(dir, 'warcs'));
  // Eight WARCs of two pages each; every page is in two of them (duplicates across shares for --dedupe).
  for (let i = 0; i < 8; i++) {
    const specs = [0, 1].map((j) => {
      const slug = SLUGS[(i + j * 3) % SLUGS.length]!;
      return { type: 'response' as const, url: `https://site${i % 3}.example/${slug}`, httpHeaders: { 'Content-Type': 'text/html' }, body: fixturePage(slug) };
    });
    const path = join(dir, 'warcs', `crawl-${i}.warc.gz`);
    writeFileSync(path, await buildWarc(specs, true));
    warcs.push(path);
  }
  writeFileSync(join(dir, 'warcs.txt'), `${warcs.join('\n')}\n`);
  cluster = new SlurmCluster(join(dir, 'slurm'));
  await cluster.start();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('an array job on Slurm', () => {
  it('4 tasks, then lucid merge: the same shards and manifest as one process', { timeout: 900_000 }, async () => {
    const root = resolve('.');
    const out = join(dir, 'out-slurm');
    cluster.env.LUCID = `${process.execPath} --import tsx ${join(root, 'src/cli/main.ts')}`;
    const logs = () => readdirSync(dir).filter((f) => f.startsWith('task-')).map((f) => `${f}:\n${readFileSync(join(dir, f), 'utf8').slice(-1500)}`).join('\n');
    const submit = () => cluster.run('sbatch', ['--wait', '--array=0-3', '--cpus-per-task=1', `--chdir=${root}`, `--output=${join(dir, 'task-%a.log')}`, 'scripts/slurm/extract.sbatch', join(dir, 'warcs.txt'), out, '--dedupe', 'exact', '--records-per-file', '5'], root);
    // A failed task fails the submission: its log says why.
    try {
      submit();
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${logs()}`);
    }
    const shards = readdirSync(out).sort();
    expect(shards).toEqual(['shard-0-of-4', 'shard-1-of-4', 'shard-2-of-4', 'shard-3-of-4']);
    // Each task took its own share, and together they took every WARC once.
    const taken = shards.flatMap((s) => JSON.parse(readFileSync(join(out, s, 'manifest.json'), 'utf8')).inputs.map((i: { name: string }) => i.name));
    expect(taken.sort()).toEqual(warcs.map((w) => w.split('/').pop()).sort());
    expect(shards.filter((s) => JSON.parse(readFileSync(join(out, s, 'manifest.json'), 'utf8')).inputs.length > 0).length).toBeGreaterThan(1);

    const merged = await runCli(['merge', out]);
    expect(merged.code).toBe(0);
    const single = join(dir, 'out-one');
    const one = await runCli(['extract', ...warcs, '--format', 'jsonl', '--out', single, '--dedupe', 'exact', '--records-per-file', '5', '--jobs', '2']);
    expect(one.code).toBe(3); // the category page of tinmientrung is not an article: written all the same
    const expected = corpusOf(single);
    expect(Object.keys(expected)).toEqual(['part-00000.jsonl', 'part-00001.jsonl', 'manifest.json']);
    expect(corpusOf(out)).toEqual(expected);
    expect(JSON.parse(expected['manifest.json']!).counts).toMatchObject({ inputs: 8, pages: 16, duplicates: 10, written: 6 });
  });
});
