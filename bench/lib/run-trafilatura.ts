/**
 * `npm run bench -- --dataset trafilatura-dev`: plain Readability and the pipeline on the same linkedom DOM, in the
 * same timed run, scored with trafilatura's snippet metric (snippet-metric.ts), and the pages where the pipeline
 * loses main text that Readability keeps (issue #18). The pipeline's output is standfirst + text, as a reader and the
 * plain-text export show it (the Article keeps the standfirst apart from `text`; many `with` snippets are the lead).
 */
import { f3, ms1, percentile, table, timeRatio } from './report';
import { addCounts, lostSnippets, scorePage, snippetScores } from './snippet-metric';
import { loadPipelineSystem, readabilitySystem, type System } from './systems';
import { timeSystems } from './time-systems';
import { loadTrafilaturaPages, trafilaturaDir } from './trafilatura';
import { benchVersions, utcMinute } from './versions';

/** Measured on this half with the same metric, from shared/bench/README.md. */
const README_FIGURES = [
  ['(README: Readability 0.6.0 on linkedom)', 0.89, 0.863, 0.92],
  ['(README: pipeline, 2026-11-26)', 0.904, 0.893, 0.915],
] as const;

const cut = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function benchTrafilatura(opts: { only?: string; runs: number }): Promise<void> {
  const readability = readabilitySystem('linkedom');
  const pipeline = await loadPipelineSystem(false, true);
  if (!('name' in pipeline)) throw new Error(`pipeline not available: ${pipeline.unavailable}`);
  const systems: System[] = [readability, pipeline];

  const loadStart = performance.now();
  const pages = loadTrafilaturaPages(opts.only);
  if (pages.length === 0) throw new Error(`no page id starts with ${opts.only}`);
  const loadMs = performance.now() - loadStart;
  const wallStart = performance.now();
  const outcomes = await timeSystems(pages, systems, opts.runs, (r) => process.stderr.write(`run ${r + 1}/${opts.runs}…\n`));
  const wallS = (performance.now() - wallStart) / 1000;

  const encodings = new Map<string, number>();
  for (const p of pages) encodings.set(p.encoding, (encodings.get(p.encoding) ?? 0) + 1);
  console.log(`Lucid Reader extraction bench, trafilatura-dev — ${utcMinute()} UTC`);
  console.log(benchVersions());
  console.log(
    `${pages.length} pages from ${trafilaturaDir()} (loaded in ${(loadMs / 1000).toFixed(1)} s; decoded as ` +
      `${[...encodings].map(([e, n]) => `${e} ${n}`).join(', ')}); ${opts.runs} run(s), fastest kept; timed loop ${wallS.toFixed(1)} s`,
  );
  console.log('metric: `with`/`without` snippets found in the whitespace-collapsed text, counts summed over the corpus; pipeline = standfirst + text\n');

  const rows = [['system', 'F', 'precision', 'recall', 'TP', 'FN', 'FP', 'TN', 'median ms', 'p90 ms', 'errors', 'empty']];
  for (const s of systems) {
    const counts = addCounts(pages.map((p, i) => scorePage(outcomes[i][s.name].text, p.with, p.without)));
    const { f, precision, recall } = snippetScores(counts);
    const ms = outcomes.filter((o) => !o[s.name].error).map((o) => o[s.name].ms);
    const errors = outcomes.filter((o) => o[s.name].error).length;
    const empty = outcomes.filter((o) => !o[s.name].error && !o[s.name].text.trim()).length;
    rows.push([s.name, f3(f), f3(precision), f3(recall), ...[counts.tp, counts.fn, counts.fp, counts.tn].map(String)]);
    rows[rows.length - 1].push(ms1(percentile(ms, 0.5)), ms1(percentile(ms, 0.9)), String(errors), String(empty));
  }
  for (const [label, f, p, r] of README_FIGURES) rows.push([label, f3(f), f3(p), f3(r), '', '', '', '', '', '', '', '']);
  console.log(table(rows));
  const parse = outcomes.map((o) => o.readability.parseMs);
  console.log(`parse (linkedom, not in the times above): median ${ms1(percentile(parse, 0.5))} ms, p90 ${ms1(percentile(parse, 0.9))} ms`);
  const ratio = timeRatio(outcomes, 'pipeline', 'readability');
  console.log(`time ratio pipeline/readability: total ${ratio.total.toFixed(2)}, median per page ${ratio.median.toFixed(2)}`);

  const failed = pages.map((p, i) => ({ p, o: outcomes[i].pipeline })).filter(({ o }) => o.error || !o.text.trim());
  console.log(`\nPipeline returned nothing or threw on ${failed.length} of ${pages.length} pages`);
  for (const { p, o } of failed) {
    const rd = outcomes[pages.indexOf(p)].readability;
    const rdKept = p.with.filter((w) => scorePage(rd.text, [w], []).tp).length;
    console.log(`  ${p.id}  ${o.error ?? 'empty text'}  (Readability keeps ${rdKept}/${p.with.length} \`with\`)  ${p.url}`);
  }

  const lost = pages
    .map((p, i) => ({ p, snippets: lostSnippets(outcomes[i].readability.text, outcomes[i].pipeline.text, p.with) }))
    .filter((x) => x.snippets.length > 0);
  const lostCount = lost.reduce((a, x) => a + x.snippets.length, 0);
  console.log(`\nPages where the pipeline loses a \`with\` snippet that Readability's output contains (#18): ${lost.length} pages, ${lostCount} snippets`);
  for (const { p, snippets } of lost) {
    const o = outcomes[pages.indexOf(p)].pipeline;
    const state = o.error ? `  [threw: ${cut(o.error, 60)}]` : !o.text.trim() ? '  [empty]' : '';
    console.log(`  ${p.id}  ${p.url}${state}`);
    for (const s of snippets) console.log(`    - ${cut(s)}`);
  }
}
