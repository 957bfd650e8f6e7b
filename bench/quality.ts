/**
 * Extraction quality and speed on the Scrapinghub article-extraction benchmark (181 pages), scored with its official
 * metric: plain Readability 0.6.0 (the baseline, published F1 0.947) against our pipeline, both on linkedom.
 *
 *   npm run bench                       table of F1 / P / R / accuracy / timings, plus the fixtures health check
 *   npm run bench -- --worst 20         the 20 lowest-F1 pages of the pipeline, with the text it added or missed
 *   npm run bench -- --only <id>        one page (id prefix), with its details for every system
 *   npm run bench -- --json out.json    per-page scores
 *   npm run bench -- --dom jsdom        also the baseline on jsdom, to compare DOMs
 *   npm run bench -- --runs 1           timing runs (default 2, fastest kept)
 *   npm run bench -- --dataset trafilatura-dev   trafilatura's evaluation half (467 pages), its snippet metric
 *   npm run bench -- --dataset readability       Readability's own test pages (130), recall of its expected text
 *   npm run bench -- --dataset all               the three in turn (--only, --worst, --json, --dom: scrapinghub only)
 *   npm run bench -- --dataset metadata          title/date/byline accuracy on the labelled pages (dev and held-out
 *                                                rows), with every miss of the dev pages (--held-out: those too)
 *   (the default run ends with the metadata table of both labelled sets)
 * Each run ends with the recognition figures (lib/recognition.ts): the badge's verdict against isProbablyReaderable
 * on the scrapinghub and trafilatura-dev pages it ran and on the fixtures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchPage, pageF1, precisionScore, recallScore, summarize, type PageMatch } from './metric';
import { benchDir, loadBenchPages, loadFixtures } from './lib/dataset';
import { fixtureHealth } from './lib/fixture-health';
import { describePage, f3, ms1, percentile, table } from './lib/report';
import { benchMetadata } from './lib/run-metadata';
import { benchReadabilityPages } from './lib/run-readability-pages';
import { printRecognition, recognitionSets } from './lib/recognition';
import { benchTrafilatura } from './lib/run-trafilatura';
import { loadPipelineSystem, parsePage, readabilitySystem, type System } from './lib/systems';
import { timeSystems } from './lib/time-systems';

const PUBLISHED_READABILITY = { f1: 0.947, precision: 0.914, recall: 0.982 };

const { values: args } = parseArgs({
  options: {
    worst: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
    dom: { type: 'string' },
    runs: { type: 'string', default: '2' },
    dataset: { type: 'string', default: 'scrapinghub' },
    'held-out': { type: 'boolean', default: false },
  },
});

const DATASETS = ['scrapinghub', 'trafilatura-dev', 'readability', 'metadata', 'all'];

const version = (pkg: string): string =>
  JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;

async function main(): Promise<void> {
  const baseline = readabilitySystem('linkedom');
  const pipeline = await loadPipelineSystem();
  const systems: System[] = [baseline];
  if ('name' in pipeline) systems.push(pipeline);
  const pipelineHtml = await loadPipelineSystem(true);
  if ('name' in pipelineHtml) systems.push(pipelineHtml);
  if (args.dom === 'jsdom') systems.push(readabilitySystem('jsdom'));
  else if (args.dom && args.dom !== 'linkedom') throw new Error(`--dom must be jsdom or linkedom, not ${args.dom}`);

  const loadStart = performance.now();
  const pages = loadBenchPages(args.only);
  if (pages.length === 0) throw new Error(`no page id starts with ${args.only}`);
  const runs = Math.max(1, Number(args.runs) || 2);
  const loadMs = performance.now() - loadStart;

  const wallStart = performance.now();
  const outcomes = await timeSystems(pages, systems, runs, (r) => process.stderr.write(`run ${r + 1}/${runs}…\n`));
  const wallS = (performance.now() - wallStart) / 1000;

  const matches: Record<string, PageMatch[]> = {};
  for (const s of systems) matches[s.name] = pages.map((p, i) => matchPage(p.truth, outcomes[i][s.name].text));

  const versions = [`node ${process.version}`, `linkedom ${version('linkedom')}`];
  versions.push(`@mozilla/readability ${version('@mozilla/readability')}`);
  if (args.dom === 'jsdom') versions.push(`jsdom ${version('jsdom')}`);
  console.log(`Lucid Reader extraction bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(versions.join(', '));
  console.log(
    `${pages.length} pages from ${benchDir()} (loaded in ${(loadMs / 1000).toFixed(1)} s); ` +
      `${runs} run(s), fastest kept; timed loop ${wallS.toFixed(1)} s\n`,
  );

  const rows = [['system', 'F1', 'precision', 'recall', 'accuracy', 'median ms', 'p90 ms', 'errors']];
  const summaries: Record<string, ReturnType<typeof summarize> & { medianMs: number; p90Ms: number }> = {};
  for (const s of systems) {
    const sum = summarize(matches[s.name]);
    const ms = outcomes.filter((o) => !o[s.name].error).map((o) => o[s.name].ms);
    const errors = outcomes.filter((o) => o[s.name].error).length;
    summaries[s.name] = { ...sum, medianMs: percentile(ms, 0.5), p90Ms: percentile(ms, 0.9) };
    rows.push([s.name, f3(sum.f1), f3(sum.precision), f3(sum.recall), f3(sum.accuracy)]);
    rows[rows.length - 1].push(ms1(percentile(ms, 0.5)), ms1(percentile(ms, 0.9)), String(errors));
  }
  if (!('name' in pipeline)) rows.push(['pipeline', 'not available', '', '', '', '', '', '']);
  rows.push(['(published Readability.js 0.6.0)', ...Object.values(PUBLISHED_READABILITY).map(f3), '', '', '', '']);
  console.log(table(rows));
  if (!('name' in pipeline)) console.log(`pipeline not available: ${pipeline.unavailable}`);
  const clean = pages.map((_, i) => i).filter((i) => systems.every((s) => !outcomes[i][s.name].error));
  if (clean.length < pages.length) {
    // Failed pages score as empty output above; this line compares the systems where all of them ran.
    const line = systems.map((s) => `${s.name} ${f3(summarize(clean.map((i) => matches[s.name][i])).f1)}`);
    console.log(`F1 on the ${clean.length} pages where no system failed: ${line.join(', ')}`);
    for (const s of systems) {
      const failed = pages.filter((_, i) => outcomes[i][s.name].error);
      for (const p of failed.slice(0, 5)) console.log(`  ${s.name} failed on ${p.id.slice(0, 12)}: ${outcomes[pages.indexOf(p)][s.name].error}`);
    }
  }

  for (const dom of new Set(systems.map((s) => s.dom))) {
    const s = systems.find((x) => x.dom === dom)!;
    const parse = outcomes.filter((o) => !o[s.name].error).map((o) => o[s.name].parseMs);
    console.log(`parse (${dom}, not in the times above): median ${ms1(percentile(parse, 0.5))} ms, p90 ${ms1(percentile(parse, 0.9))} ms`);
  }
  if ('name' in pipeline) {
    for (const name of systems.map((x) => x.name).filter((n) => n.startsWith('pipeline'))) {
      const both = outcomes.filter((o) => !o[name].error && !o.readability.error);
      const total = (n: string) => both.reduce((acc, o) => acc + o[n].ms, 0);
      const perPage = both.map((o) => o[name].ms / o.readability.ms);
      console.log(
        `time ratio ${name}/readability: total ${(total(name) / total('readability')).toFixed(2)}, ` +
          `median per page ${percentile(perPage, 0.5).toFixed(2)}`,
      );
    }
  }

  const focus = 'name' in pipeline ? 'pipeline' : 'readability';
  const detail = (i: number, name: string) => ({
    id: pages[i].id,
    url: pages[i].url,
    truth: pages[i].truth,
    predicted: outcomes[i][name].text,
    match: matches[name][i],
    error: outcomes[i][name].error,
  });

  if (args.only) {
    for (let i = 0; i < pages.length; i++) {
      for (const s of systems) console.log(`\n[${s.name}] ${describePage(detail(i, s.name))}`);
    }
  }

  if (args.worst) {
    const n = Number(args.worst) || 20;
    const order = pages.map((_, i) => i).sort((a, b) => pageF1(matches[focus][a]) - pageF1(matches[focus][b]));
    console.log(`\nWorst ${n} pages by ${focus} F1 (+ text it added, - text it missed):`);
    for (const i of order.slice(0, n)) console.log(`\n${describePage(detail(i, focus))}`);
  }

  if (!args.only) {
    const fixtures = loadFixtures();
    if (fixtures.length) {
      console.log(`\nFixtures health (${fixtures.length} cases): expected paragraphs found verbatim in the text`);
      const healthRows = [['system', 'found', ...fixtures.map((f) => f.name.split('-')[0])]];
      for (const s of systems.filter((x) => x.dom === 'linkedom')) {
        const h = await fixtureHealth(s, fixtures);
        const found = h.reduce((a, x) => a + x.found, 0);
        const all = h.reduce((a, x) => a + x.total, 0);
        healthRows.push([s.name, `${found}/${all} = ${f3(found / all)}`, ...h.map((x) => `${x.found}/${x.total}`)]);
      }
      console.log(table(healthRows));
    }
  }

  if (!args.only) {
    // The content script's detector stops once its verdict cannot change: it must agree with the full run.
    const { detectArticle } = await import('../src/core/detect/detect');
    let agree = 0;
    let early = 0;
    let noReaderable = 0;
    for (const p of pages) {
      const full = detectArticle(parsePage('linkedom', p.html, p.url).document, p.url);
      const quick = detectArticle(parsePage('linkedom', p.html, p.url).document, p.url, undefined, undefined, { stopWhenDecided: true });
      if (quick.isArticle === full.isArticle) agree++;
      if (quick.signals.some((x) => x.name === 'decided-early')) early++;
      if (quick.signals.some((x) => x.name === 'decided-without-readerable')) noReaderable++;
    }
    console.log(
      `\nDetector with stopWhenDecided (the content script): same verdict as the full run on ${agree}/${pages.length} pages, ` +
        `decided before reading paragraphs on ${early}, without Readability's readerable check on ${noReaderable} more`,
    );
  }

  if (!args.only && 'name' in pipeline) {
    console.log('');
    await benchMetadata();
  }

  if (args.json) {
    const perPage = pages.map((p, i) => ({
      id: p.id,
      url: p.url,
      systems: Object.fromEntries(
        systems.map((s) => {
          const m = matches[s.name][i];
          const o = outcomes[i][s.name];
          const scores = { precision: precisionScore(m), recall: recallScore(m), f1: pageF1(m) };
          return [s.name, { ...m, ...scores, ms: o.ms, parseMs: o.parseMs, error: o.error }];
        }),
      ),
    }));
    const report = { date: new Date().toISOString(), versions, runs, summary: summaries, pages: perPage };
    writeFileSync(args.json, JSON.stringify(report, null, 1));
    console.log(`\nper-page scores written to ${args.json}`);
  }
}

/** The scrapinghub bench is main() above, unchanged; the other sets have their own runners. */
async function runDatasets(): Promise<void> {
  const dataset = args.dataset!;
  if (!DATASETS.includes(dataset)) throw new Error(`--dataset must be one of ${DATASETS.join(', ')}, not ${dataset}`);
  if (dataset === 'scrapinghub') {
    await main();
    return printRecognition(recognitionSets(['scrapinghub'], args.only));
  }
  if (dataset === 'metadata') return benchMetadata({ only: args.only, misses: true, heldOutMisses: args['held-out'] });
  const scrapinghubOnly = (['worst', 'json', 'dom'] as const).filter((k) => args[k] !== undefined);
  if (dataset !== 'all' && scrapinghubOnly.length) throw new Error(`--${scrapinghubOnly[0]} is for the scrapinghub set only`);
  if (dataset === 'all' && args.only) throw new Error('--only takes the page ids of one set: give --dataset with it');
  const opts = { only: args.only, runs: Math.max(1, Number(args.runs) || 2) };
  if (dataset === 'all') {
    await main();
    console.log('');
  }
  if (dataset === 'trafilatura-dev' || dataset === 'all') await benchTrafilatura(opts);
  if (dataset === 'all') console.log('');
  if (dataset === 'readability' || dataset === 'all') await benchReadabilityPages(opts);
  printRecognition(recognitionSets(dataset === 'all' ? ['scrapinghub', 'trafilatura-dev'] : [dataset], args.only));
}

runDatasets().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
