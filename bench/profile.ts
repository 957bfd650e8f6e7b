/**
 * Where the pipeline's time goes, stage by stage, against plain Readability on the same pages and DOM.
 *
 *   npm run bench:profile                 every stage's total time, as a share of Readability's total
 *   npm run bench:profile -- --runs 3     fastest of 3 runs per page and stage (default 2)
 *
 * The pipeline is run as `npm run bench` runs it (text only, no attendees, no sanitising, document consumed) with
 * its `trace` hook: each stage's time is the clock between the end of the previous stage and its own end.
 */
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/core/extract';
import { loadBenchPages } from './lib/dataset';
import { table } from './lib/report';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '2' }, only: { type: 'string' } } });
const runs = Math.max(1, Number(args.runs) || 2);
const pages = loadBenchPages(args.only);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

// Per page: the fastest time of each stage over the runs (stages a page never reaches are absent).
const best: Map<string, number>[] = pages.map(() => new Map());
const baseline: number[] = pages.map(() => Infinity);
const order: string[] = [];

for (let run = 0; run < runs; run++) {
  process.stderr.write(`run ${run + 1}/${runs}…\n`);
  pages.forEach((page, i) => {
    const doc = parse(page.html);
    const t0 = performance.now();
    new Readability(doc).parse();
    baseline[i] = Math.min(baseline[i], performance.now() - t0);

    const stages = new Map<string, number>();
    let last = 0;
    const trace = (stage: string) => {
      const now = performance.now();
      stages.set(stage, (stages.get(stage) ?? 0) + now - last);
      if (!order.includes(stage)) order.push(stage);
      last = now;
    };
    const pipelineDoc = parse(page.html);
    last = performance.now();
    try {
      extractArticle(pipelineDoc, page.url, { consumeDocument: true, html: false, attendees: false, trace });
    } catch {
      // Pages the pipeline refuses still count for the stages they reached.
    }
    trace('result');
    for (const [stage, ms] of stages) best[i].set(stage, Math.min(best[i].get(stage) ?? Infinity, ms));
  });
}

const readabilityTotal = baseline.reduce((a, b) => a + b, 0);
const rows = [['stage', 'total ms', '× Readability']];
let pipelineTotal = 0;
for (const stage of order) {
  const total = best.reduce((acc, m) => acc + (m.get(stage) ?? 0), 0);
  pipelineTotal += total;
  rows.push([stage, total.toFixed(1), (total / readabilityTotal).toFixed(3)]);
}
rows.push(['pipeline (sum of stages)', pipelineTotal.toFixed(1), (pipelineTotal / readabilityTotal).toFixed(3)]);
rows.push(['plain Readability', readabilityTotal.toFixed(1), '1.000']);
console.log(`${pages.length} pages, fastest of ${runs} run(s) per page and stage\n`);
console.log(table(rows));
