/**
 * The last pass of a corpus run (and of `lucid merge`): reads the records of every input done, in input-name order,
 * keeps those in the --lang languages, de-duplicates them (dedupe.ts), and writes the numbered JSONL shards and
 * manifest.json. It depends only on the records and the options, never on how the extraction was scheduled or split,
 * so a merge of shard runs writes what one process writes.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EXTRACTOR_NAME, VERSION } from '../../core/index';
import { recordLine } from '../../core/export/index';
import { keptIndex, NEAR_THRESHOLD, type DedupeEntry } from './dedupe';
import { recordLang, type RecordLanguage } from './detect-language';
import { MINHASH_SIZE, SHINGLE_WORDS, minhash, textSha256 } from './text-fingerprint';
import { spoolPath, type DoneMarker } from './work-spool';

/** The options that decide a corpus's content: recorded in the manifest, and a merge requires its shards to agree. */
export interface CorpusOptions {
  langs: string[] | null;
  dedupe: 'exact' | 'near' | null;
  recordsPerFile: number;
}

export interface CorpusSource {
  workDir: string;
  marker: DoneMarker;
}

export interface CorpusSummary {
  written: number;
  notInLangs: number;
  duplicates: number;
  files: string[];
}

const PART = /^part-\d+\.jsonl$/;

export async function writeCorpus(outDir: string, sources: CorpusSource[], options: CorpusOptions, run: { startedAt: string; shard: string | null }): Promise<CorpusSummary> {
  const ordered = [...sources].sort((a, b) => (a.marker.input.name < b.marker.input.name ? -1 : a.marker.input.name > b.marker.input.name ? 1 : 0));

  // Pass 1: what each record is (language, fingerprint, key), without keeping its text.
  interface Seen { keep: boolean; entry: number }
  const seen: Seen[] = [];
  const entries: DedupeEntry[] = [];
  const names: Record<string, unknown>[] = [];
  let notInLangs = 0;
  for await (const line of records(ordered)) {
    const record = JSON.parse(line) as { article: { url: string; text: string }; provenance: { accessedAt: string }; warc?: { recordId: string; file: string; offset: number | null }; language: RecordLanguage; };
    const lang = recordLang(record.language);
    if (options.langs && !(lang && options.langs.includes(lang))) {
      notInLangs++;
      seen.push({ keep: false, entry: -1 });
      continue;
    }
    seen.push({ keep: true, entry: entries.length });
    if (options.dedupe) {
      entries.push({
        key: [record.article.url, record.provenance.accessedAt, record.warc?.recordId ?? ''].join('\u0000'),
        sha256: textSha256(record.article.text),
        minhash: options.dedupe === 'near' ? minhash(record.article.text) : undefined,
      });
      names.push(record.warc ? { url: record.article.url, warc: record.warc } : { url: record.article.url });
    }
  }
  const kept = options.dedupe ? keptIndex(entries, options.dedupe) : null;
  const stoodFor = new Map<number, number[]>();
  kept?.forEach((k, i) => {
    if (k !== i) stoodFor.set(k, [...(stoodFor.get(k) ?? []), i]);
  });
  const byKey = (a: number, b: number) => (entries[a]!.key < entries[b]!.key ? -1 : 1);

  // Pass 2: the kept records, each with the ones it stood for, into numbered shards.
  const files: string[] = [];
  let stream: ReturnType<typeof createWriteStream> | null = null;
  let inFile = 0;
  let written = 0;
  let index = 0;
  const close = () => new Promise<void>((res) => (stream ? stream.end(res) : res()));
  for await (const line of records(ordered)) {
    const s = seen[index++]!;
    if (!s.keep || (kept && kept[s.entry] !== s.entry)) continue;
    if (!stream || inFile === options.recordsPerFile) {
      await close();
      const name = `part-${String(files.length).padStart(5, '0')}.jsonl`;
      files.push(name);
      stream = createWriteStream(join(outDir, `${name}.tmp`));
      inFile = 0;
    }
    const others = stoodFor.get(s.entry)?.sort(byKey).map((i) => names[i]!);
    // The record as extracted, byte for byte; a kept record gains the list of the duplicates it stands for.
    const out = others ? `${line.slice(0, line.lastIndexOf('}'))},"duplicates":${recordLine(others as unknown as Record<string, unknown>).trimEnd()}}\n` : `${line}\n`;
    const target = stream;
    await new Promise<void>((res, rej) => target.write(out, (e) => (e ? rej(e) : res())));
    inFile++;
    written++;
  }
  await close();
  for (const name of files) await rename(join(outDir, `${name}.tmp`), join(outDir, name));
  // Shards of an earlier run that wrote more files than this one.
  for (const stale of (await readdir(outDir)).filter((f) => PART.test(f) && !files.includes(f))) await rm(join(outDir, stale));

  const counts = { inputs: ordered.length, ...sumCounts(ordered.map((s) => s.marker.counts)), notInLangs, duplicates: kept ? kept.filter((k, i) => k !== i).length : 0, written };
  const manifest = {
    manifestVersion: 1,
    extractor: { name: EXTRACTOR_NAME, version: VERSION },
    options: {
      format: 'jsonl',
      lang: options.langs,
      dedupe: options.dedupe
        ? { mode: options.dedupe, text: 'NFKC, lower case, whitespace collapsed', ...(options.dedupe === 'near' ? { shingleWords: SHINGLE_WORDS, minhashSize: MINHASH_SIZE, threshold: NEAR_THRESHOLD } : {}) }
        : null,
      recordsPerFile: options.recordsPerFile,
    },
    inputs: ordered.map((s) => s.marker.input),
    counts,
    files,
    // The only part that changes from run to run: leave it out when comparing two runs.
    run: { startedAt: run.startedAt, finishedAt: new Date().toISOString(), shard: run.shard },
  };
  await writeFile(join(outDir, 'manifest.json.tmp'), `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(join(outDir, 'manifest.json.tmp'), join(outDir, 'manifest.json'));
  return { written, notInLangs, duplicates: counts.duplicates, files };
}

async function* records(sources: CorpusSource[]): AsyncGenerator<string> {
  for (const { workDir, marker } of sources) {
    const lines = createInterface({ input: createReadStream(spoolPath(workDir, marker.input.name)), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield line;
  }
}

function sumCounts(all: DoneMarker['counts'][]) {
  const total = { pages: 0, extracted: 0, notArticles: 0, failed: 0, truncated: 0, skipped: {} as Record<string, number> };
  for (const c of all) {
    total.pages += c.pages;
    total.extracted += c.extracted;
    total.notArticles += c.notArticles;
    total.failed += c.failed;
    total.truncated += c.truncated;
    for (const [k, n] of Object.entries(c.skipped)) total.skipped[k] = (total.skipped[k] ?? 0) + n;
  }
  total.skipped = Object.fromEntries(Object.entries(total.skipped).sort(([a], [b]) => a.localeCompare(b)));
  return total;
}
