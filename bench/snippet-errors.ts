/**
 * Error analysis on trafilatura-dev (issue #18): per page, the `with` snippets the pipeline misses and the `without`
 * snippets it leaks, grouped by the page's language, with Readability's answer beside each. No timing (that is
 * `npm run bench -- --dataset trafilatura-dev`); Readability's texts are cached in the given directory.
 *
 *   npx tsx bench/snippet-errors.ts [--only id] [--out dir] [--leaks]
 *
 * --leaks prints, per page, each leaked `without` snippet and the output block (paragraph) it sits in, marked `=rd`
 * when Readability's output holds it too: the material for grouping leaks by class.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collapseWhitespace, scorePage, addCounts, snippetScores } from './lib/snippet-metric';
import { loadPipelineSystem, parsePage, readabilitySystem } from './lib/systems';
import { loadTrafilaturaPages } from './lib/trafilatura';

const { values: args } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string', default: '/tmp/snippet-errors' }, leaks: { type: 'boolean', default: false } } });

/** The output blocks (paragraphs) a snippet overlaps: the one holding it, or the run of blocks it spans. */
function blocksHolding(text: string, snippet: string): string {
  const blocks = text.split(/\n\s*\n|\n/).map(collapseWhitespace).filter(Boolean);
  const s = collapseWhitespace(snippet);
  const one = blocks.find((b) => b.includes(s));
  if (one) return one;
  const head = s.slice(0, 30);
  const start = blocks.findIndex((b) => b.includes(head) || s.startsWith(b.slice(0, 30)));
  return start < 0 ? '(spans blocks)' : blocks.slice(start, start + 3).join(' ¶ ');
}

async function main(): Promise<void> {
  const pipeline = await loadPipelineSystem(false, true);
  if (!('name' in pipeline)) throw new Error(pipeline.unavailable);
  const rd = readabilitySystem('linkedom');
  mkdirSync(args.out!, { recursive: true });
  const cacheFile = join(args.out!, 'readability.json');
  const cache: Record<string, string> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const pages = loadTrafilaturaPages(args.only);
  const report = [];
  const counts = [];
  for (const p of pages) {
    if (cache[p.id] === undefined) {
      try {
        cache[p.id] = await rd.extract(parsePage('linkedom', p.html, p.url).document, p.url);
      } catch {
        cache[p.id] = '';
      }
    }
    let text = '';
    let error: string | undefined;
    try {
      text = await pipeline.extract(parsePage('linkedom', p.html, p.url).document, p.url);
    } catch (err) {
      error = (err as Error).message;
    }
    const lang = (/<html[^>]*\blang=["']?([a-zA-Z]{2})/i.exec(p.html)?.[1] ?? '??').toLowerCase();
    const t = collapseWhitespace(text);
    const r = collapseWhitespace(cache[p.id]);
    const missed = p.with.filter((s) => !t.includes(collapseWhitespace(s))).map((s) => ({ s, rd: r.includes(collapseWhitespace(s)) }));
    const leaked = p.without.filter((s) => t.includes(collapseWhitespace(s))).map((s) => ({ s, rd: r.includes(collapseWhitespace(s)) }));
    counts.push(scorePage(text, p.with, p.without));
    if (args.leaks && leaked.length) {
      console.log(`\n## ${p.id} [${lang}] ${p.url}`);
      for (const l of leaked) console.log(`- ${l.rd ? '=rd' : 'OURS'} «${collapseWhitespace(l.s)}»\n    in: ${blocksHolding(text, l.s).slice(0, 300)}`);
    }
    if (missed.length || leaked.length || error) report.push({ id: p.id, lang, url: p.url, error, chars: t.length, rdChars: r.length, missed, leaked });
  }
  writeFileSync(cacheFile, JSON.stringify(cache));
  writeFileSync(join(args.out!, 'errors.json'), JSON.stringify(report, null, 1));
  const sum = addCounts(counts);
  const s = snippetScores(sum);
  console.log(`F ${s.f.toFixed(4)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)}  ${JSON.stringify(sum)}  pages with errors ${report.length}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
