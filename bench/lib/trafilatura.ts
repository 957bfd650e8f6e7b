/**
 * Reads trafilatura's evaluation half (shared/bench/trafilatura-dev) where it lives: each page's bytes decoded as a
 * browser would (the CLI's sniffer), with its `with` / `without` snippets. Never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../../src/cli/sniff-encoding';
import { sharedBenchRoot } from './dataset';

export interface SnippetPage {
  id: string;
  /** The page's address; where the set has none, the file's own (file:) URL, as the CLI falls back to. */
  url: string;
  html: string;
  encoding: string;
  with: string[];
  without: string[];
}

interface EvalEntry {
  url: string;
  originalFile: string;
  with: string[];
  without: string[];
}

export function trafilaturaDir(): string {
  return join(sharedBenchRoot(), 'trafilatura-dev');
}

export function loadTrafilaturaPages(only?: string): SnippetPage[] {
  const dir = trafilaturaDir();
  const evalPath = join(dir, 'evaldata.json');
  if (!existsSync(evalPath)) throw new Error(`no evaldata.json in ${dir} (set LUCID_BENCH_DIR)`);
  const entries = JSON.parse(readFileSync(evalPath, 'utf8')) as Record<string, EvalEntry>;
  return Object.keys(entries)
    .filter((id) => !only || id.startsWith(only))
    .sort()
    .map((id) => {
      const file = join(dir, 'html', `${id}.html.gz`);
      const decoded = decodePage(gunzipSync(readFileSync(file)));
      const e = entries[id];
      return {
        id,
        url: e.url || pathToFileURL(join(dir, 'html', e.originalFile)).href,
        html: decoded.text,
        encoding: decoded.encoding,
        with: e.with,
        without: e.without,
      };
    });
}
