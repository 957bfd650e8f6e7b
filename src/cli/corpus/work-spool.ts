/**
 * The resumable unit of a corpus run: one input file. Its extracted records go to work/<name>.jsonl.part while it
 * runs; when its last record is written, the part is renamed and a marker work/<name>.done.json records the input's
 * size, SHA-256 and counts. A run that finds a marker for the same bytes skips the input; a run killed midway leaves
 * only a .part, which the next run starts again.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputDigest } from './input-digest';

/** How one input's records fared, by status; summed over inputs in the manifest. */
export interface InputCounts {
  /** Records handed to extraction: each page file, each HTML response of a WARC. */
  pages: number;
  extracted: number;
  notArticles: number;
  failed: number;
  /** WARC records skipped, by why (request, metadata, revisit, non-html, non-2xx …). */
  skipped: Record<string, number>;
  truncated: number;
}

export interface DoneMarker {
  input: { name: string } & InputDigest;
  counts: InputCounts;
}

export const emptyCounts = (): InputCounts => ({ pages: 0, extracted: 0, notArticles: 0, failed: 0, skipped: {}, truncated: 0 });

export const spoolPath = (workDir: string, name: string) => join(workDir, `${name}.jsonl`);
const markerPath = (workDir: string, name: string) => join(workDir, `${name}.done.json`);

/** The marker of an input done by an earlier run on the same bytes, or null. */
export async function doneMarker(workDir: string, name: string, digest: InputDigest): Promise<DoneMarker | null> {
  const marker = await readMarker(workDir, name);
  return marker && marker.input.size === digest.size && marker.input.sha256 === digest.sha256 ? marker : null;
}

async function readMarker(workDir: string, name: string): Promise<DoneMarker | null> {
  try {
    return JSON.parse(await readFile(markerPath(workDir, name), 'utf8')) as DoneMarker;
  } catch {
    return null;
  }
}

/** Every marker in a work folder (a merge reads them from each shard's folder). */
export async function allMarkers(workDir: string): Promise<DoneMarker[]> {
  const names = (await readdir(workDir).catch(() => [] as string[])).filter((f) => f.endsWith('.done.json'));
  const markers = await Promise.all(names.map((f) => readMarker(workDir, f.slice(0, -'.done.json'.length))));
  return markers.filter((m): m is DoneMarker => m !== null);
}

export class InputSpool {
  private stream: WriteStream | null = null;
  readonly counts = emptyCounts();

  constructor(
    private readonly workDir: string,
    private readonly name: string,
    private readonly digest: InputDigest,
  ) {}

  async write(line: string): Promise<void> {
    this.stream ??= createWriteStream(`${spoolPath(this.workDir, this.name)}.part`);
    const stream = this.stream;
    await new Promise<void>((res, rej) => stream.write(line, (e) => (e ? rej(e) : res())));
  }

  /** All of the input's records are written: make it count as done. */
  async finish(): Promise<DoneMarker> {
    const part = `${spoolPath(this.workDir, this.name)}.part`;
    if (this.stream) await new Promise<void>((res) => this.stream!.end(res));
    else await writeFile(part, '');
    await rename(part, spoolPath(this.workDir, this.name));
    const marker: DoneMarker = { input: { name: this.name, ...this.digest }, counts: this.counts };
    await writeFile(`${markerPath(this.workDir, this.name)}.tmp`, `${JSON.stringify(marker, null, 2)}\n`);
    await rename(`${markerPath(this.workDir, this.name)}.tmp`, markerPath(this.workDir, this.name));
    return marker;
  }

  /** Clears what an earlier, interrupted or outdated run left for this input. */
  async reset(): Promise<void> {
    await rm(markerPath(this.workDir, this.name), { force: true });
    await rm(`${spoolPath(this.workDir, this.name)}.part`, { force: true });
  }
}
