/**
 * `npm run bench -- --dataset readability`: how much of Readability's expected text (its own test pages) the
 * pipeline keeps (standfirst + text, as a reader sees it), with plain Readability 0.6.0 in the same run as the sanity
 * line (close to 1 against its own expectation), scored with the 181-page benchmark's 4-token shingles.
 */
import { matchPage, precisionScore, recallScore, summarize, type PageMatch } from '../metric';
import { loadReadabilityPages, readabilityPagesDir } from './readability-pages';
import { f3, ms1, percentile, table, timeRatio } from './report';
import { loadPipelineSystem, readabilitySystem, type System } from './systems';
import { timeSystems } from './time-systems';
import { benchVersions, utcMinute } from './versions';

export const LOW_RECALL = 0.8;

export async function benchReadabilityPages(opts: { only?: string; runs: number }): Promise<void> {
  const readability = readabilitySystem('linkedom');
  const pipeline = await loadPipelineSystem(false, true);
  if (!('name' in pipeline)) throw new Error(`pipeline not available: ${pipeline.unavailable}`);
  const systems: System[] = [readability, pipeline];

  const loadStart = performance.now();
  const pages = loadReadabilityPages(opts.only);
  if (pages.length === 0) throw new Error(`no case name starts with ${opts.only}`);
  const loadMs = performance.now() - loadStart;
  const wallStart = performance.now();
  const outcomes = await timeSystems(pages, systems, opts.runs, (r) => process.stderr.write(`run ${r + 1}/${opts.runs}…\n`));
  const wallS = (performance.now() - wallStart) / 1000;

  console.log(`Lucid Reader extraction bench, Readability's test pages — ${utcMinute()} UTC`);
  console.log(benchVersions());
  console.log(
    `${pages.length} pages from ${readabilityPagesDir()} (loaded in ${(loadMs / 1000).toFixed(1)} s), as ${pages[0].url}; ` +
      `${opts.runs} run(s), fastest kept; timed loop ${wallS.toFixed(1)} s`,
  );
  console.log("metric: 4-token shingles of Readability's expected text, mean over pages; pipeline = standfirst + text\n");

  const matches: Record<string, PageMatch[]> = {};
  const rows = [['system', 'mean recall', 'mean precision', `recall < ${LOW_RECALL}`, 'median ms', 'p90 ms', 'errors']];
  for (const s of systems) {
    matches[s.name] = pages.map((p, i) => matchPage(p.expected, outcomes[i][s.name].text));
    const sum = summarize(matches[s.name]);
    const low = matches[s.name].filter((m) => recallScore(m) < LOW_RECALL).length;
    const ms = outcomes.filter((o) => !o[s.name].error).map((o) => o[s.name].ms);
    const errors = outcomes.filter((o) => o[s.name].error).length;
    rows.push([s.name, f3(sum.recall), f3(sum.precision), String(low), ms1(percentile(ms, 0.5)), ms1(percentile(ms, 0.9)), String(errors)]);
  }
  rows.push(['(README: pipeline, 2026-12-06)', f3(0.901), f3(0.981), '', '', '', '']);
  console.log(table(rows));
  const sanity = summarize(matches.readability);
  console.log(
    'sanity: Readability 0.6.0 on linkedom against its own expected text: ' +
      `recall ${f3(sanity.recall)}, precision ${f3(sanity.precision)} (1 would be an exact match)`,
  );
  const ratio = timeRatio(outcomes, 'pipeline', 'readability');
  console.log(`time ratio pipeline/readability: total ${ratio.total.toFixed(2)}, median per page ${ratio.median.toFixed(2)}`);

  for (const s of systems) {
    const low = pages.map((p, i) => ({ p, m: matches[s.name][i], o: outcomes[i][s.name] })).filter(({ m }) => recallScore(m) < LOW_RECALL);
    console.log(`\n${s.name}: pages with recall < ${LOW_RECALL} (${low.length})`);
    for (const { p, m, o } of low.sort((a, b) => recallScore(a.m) - recallScore(b.m))) {
      const precision = m.tp + m.fp > 0 ? f3(precisionScore(m)) : '– (empty output)';
      console.log(`  ${p.id.padEnd(44)} recall ${f3(recallScore(m))}  precision ${precision}${o.error ? `  error: ${o.error}` : ''}`);
    }
  }
}
