/**
 * Metadata accuracy on the hand-labelled pages of each set (bench/metadata-labels.json), for the pipeline and for
 * Readability's own metadata (title, byline, publishedTime) on the same linkedom parse, in the same run; the dev
 * pages and the held-out ones (lib/metadata-split.ts) in separate rows.
 *   npm run bench -- --dataset metadata [--only <id>]   the dev pages' misses too, page by page
 *   npm run bench -- --dataset metadata --held-out      the held-out pages' misses as well (look only at the end)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { loadBenchPages } from './dataset';
import { splitPart, type SplitPart } from './metadata-split';
import { scoreMetadata, type MetadataGuess, type MetadataLabel, type MetadataScore } from './metadata-score';
import { f3, table } from './report';
import { parsePage } from './systems';
import { loadTrafilaturaPages } from './trafilatura';

type Labels = Record<'scrapinghub' | 'trafilatura-dev', Record<string, MetadataLabel>>;
type Extract = (doc: Document, url: string, options: object) => MetadataGuess | Promise<MetadataGuess>;

const LABELS = new URL('../metadata-labels.json', import.meta.url);

function readabilityGuess(html: string): MetadataGuess {
  const parsed = new Readability(parsePage('linkedom', html, '').document).parse();
  return { title: parsed?.title ?? null, byline: parsed?.byline ?? null, published: parsed?.publishedTime ?? null };
}

const KINDS = ['title', 'date', 'byline'] as const;
const show = (g: MetadataGuess, k: (typeof KINDS)[number]): string =>
  JSON.stringify(k === 'date' ? g.published : g[k]);

export async function benchMetadata(opts: { only?: string; misses?: boolean; heldOutMisses?: boolean } = {}): Promise<void> {
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Labels;
  // LUCID_BENCH_PIPELINE names another extract.ts (a variant, or an earlier commit's), as for the other benches.
  const override = process.env.LUCID_BENCH_PIPELINE;
  const file = override ? pathToFileURL(resolve(override)).href : new URL('../../src/core/extract.ts', import.meta.url).href;
  const { extractArticle } = (await import(file)) as { extractArticle: Extract };
  const sets = [
    ['scrapinghub', () => loadBenchPages(opts.only)],
    ['trafilatura-dev', () => loadTrafilaturaPages(opts.only)],
  ] as const;
  const rows = [['set', 'part', 'system', 'pages', 'title exact', 'date', 'byline', 'placeholders', 'author where none']];
  const misses: Record<SplitPart, string[]> = { dev: [], 'held-out': [] };
  for (const [set, load] of sets) {
    const pages = load().filter((p) => labels[set][p.id]);
    const scores: Record<string, Record<SplitPart, MetadataScore[]>> = {
      readability: { dev: [], 'held-out': [] },
      pipeline: { dev: [], 'held-out': [] },
    };
    for (const p of pages) {
      const label = labels[set][p.id];
      const part = splitPart(p.id);
      const rd = readabilityGuess(p.html);
      const doc = parsePage('linkedom', p.html, p.url).document;
      // A page the pipeline refuses ("nothing readable") yields no metadata at all: every field scores as null.
      const pl = await Promise.resolve()
        .then(() => extractArticle(doc, p.url, { consumeDocument: true, html: false, attendees: false }))
        .catch((): MetadataGuess => ({ title: null, byline: null, published: null }));
      scores.readability[part].push(scoreMetadata(label, rd));
      const s = scoreMetadata(label, pl);
      scores.pipeline[part].push(s);
      for (const k of KINDS) {
        if (!s[k]) misses[part].push(`${set} ${p.id.slice(0, 12)} ${k}: ${show(pl, k)} ≠ ${JSON.stringify(k === 'date' ? label.date : label[k])}`);
      }
      if (s.placeholder) misses[part].push(`${set} ${p.id.slice(0, 12)} placeholder author: ${pl.byline}`);
    }
    for (const part of ['dev', 'held-out', 'all'] as const) {
      for (const [name, byPart] of Object.entries(scores)) {
        const list = part === 'all' ? [...byPart.dev, ...byPart['held-out']] : byPart[part];
        if (!list.length) continue;
        const share = (k: keyof MetadataScore) => f3(list.filter((s) => s[k]).length / list.length);
        const count = (k: keyof MetadataScore) => String(list.filter((s) => s[k]).length);
        rows.push([set, part, name, String(list.length), share('title'), share('date'), share('byline'), count('placeholder'), count('invented')]);
      }
    }
  }
  console.log('Metadata on the hand-labelled pages (bench/metadata-labels.json): share right per field, counts of bad authors');
  console.log(table(rows));
  if (opts.misses) for (const m of misses.dev) console.log(`  ${m}`);
  if (opts.misses && opts.heldOutMisses) {
    console.log('Held-out misses:');
    for (const m of misses['held-out']) console.log(`  ${m}`);
  }
}
