/**
 * Where the time of `extractFromHtml` (the `lucid-reader/node` call the CLI makes: parse, clean, Readability,
 * sanitised HTML, attendees) goes, stage by stage, against plain Readability on linkedom over the same pages.
 *
 *   npm run bench:profile                 every stage's total, as a share of plain Readability's total
 *   npm run bench:profile -- --runs 3     fastest of 3 runs per page and stage (default 2)
 *   npm run bench:profile -- --only <id>  one page (id prefix)
 *
 * Both sides start from the HTML string: plain Readability is linkedom's parseHTML + `new Readability(doc).parse()`;
 * ours is what `extractFromHtml` runs (parseDocument, then extractArticle with the Node sanitiser and attendees), its
 * stages read from the `trace` hook (each stage's time is the clock between the end of the previous stage and its
 * own end). The two take turns on each page, the order alternating, so neither always gets the warmer caches.
 * The target of issue #15 is the last two lines: ≤ 1.3 median and total.
 */
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/core/extract';
import { nodeSanitizer, parseDocument } from '../src/node/index';
import { loadBenchPages } from './lib/dataset';
import { percentile, table } from './lib/report';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '2' }, only: { type: 'string' } } });
const runs = Math.max(1, Number(args.runs) || 2);
const pages = loadBenchPages(args.only);
const sanitize = nodeSanitizer();

// Per page: the fastest time of each stage over the runs (stages a page never reaches are absent), and the fastest
// whole call of each side.
const best: Map<string, number>[] = pages.map(() => new Map());
const baseline: number[] = pages.map(() => Infinity);
const whole: number[] = pages.map(() => Infinity);
const order: string[] = [];

function plainReadability(html: string): number {
  const t0 = performance.now();
  new Readability(parseHTML(html).document as unknown as Document).parse();
  return performance.now() - t0;
}

function pipeline(html: string, url: string, stages: Map<string, number>): number {
  const t0 = performance.now();
  let last = t0;
  const trace = (stage: string) => {
    const now = performance.now();
    stages.set(stage, (stages.get(stage) ?? 0) + now - last);
    if (!order.includes(stage)) order.push(stage);
    last = now;
  };
  try {
    const doc = parseDocument(html);
    trace('parse');
    extractArticle(doc, url, { sanitize, consumeDocument: true, trace });
  } catch {
    // Pages the pipeline refuses still count for the stages they reached.
  }
  trace('result');
  return performance.now() - t0;
}

// Each page in a task of its own, as the CLI's workers take each page from a message: objects that jsdom holds
// through WeakRefs (the sanitiser's node iterators, with their whole document) live until the task that made them
// ends, so one synchronous loop over every page would keep every page's sanitised tree and bill the growing heap's
// garbage collection to whichever stage runs when it comes.
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

for (let run = 0; run < runs; run++) {
  process.stderr.write(`run ${run + 1}/${runs}…\n`);
  for (const [i, page] of pages.entries()) {
    await nextTask();
    const stages = new Map<string, number>();
    let plainMs: number;
    let oursMs: number;
    if ((i + run) % 2 === 0) {
      plainMs = plainReadability(page.html);
      oursMs = pipeline(page.html, page.url, stages);
    } else {
      oursMs = pipeline(page.html, page.url, stages);
      plainMs = plainReadability(page.html);
    }
    baseline[i] = Math.min(baseline[i], plainMs);
    whole[i] = Math.min(whole[i], oursMs);
    for (const [stage, ms] of stages) best[i].set(stage, Math.min(best[i].get(stage) ?? Infinity, ms));
  }
}

const readabilityTotal = baseline.reduce((a, b) => a + b, 0);
const rows = [['stage', 'total ms', '× Readability']];
let stagesTotal = 0;
for (const stage of order) {
  const total = best.reduce((acc, m) => acc + (m.get(stage) ?? 0), 0);
  stagesTotal += total;
  rows.push([stage, total.toFixed(1), (total / readabilityTotal).toFixed(3)]);
}
rows.push(['pipeline (sum of fastest stages)', stagesTotal.toFixed(1), (stagesTotal / readabilityTotal).toFixed(3)]);
rows.push(['plain Readability (parse + parse())', readabilityTotal.toFixed(1), '1.000']);
console.log(`${pages.length} pages, fastest of ${runs} run(s) per page and stage\n`);
console.log(table(rows));

const oursTotal = whole.reduce((a, b) => a + b, 0);
const med = (xs: number[]) => percentile(xs, 0.5);
console.log(
  `\nextractFromHtml (whole call, fastest of ${runs}): median ${med(whole).toFixed(1)} ms, total ${oursTotal.toFixed(0)} ms; ` +
    `plain Readability: median ${med(baseline).toFixed(1)} ms, total ${readabilityTotal.toFixed(0)} ms`,
);
console.log(`ratio extractFromHtml / plain Readability: median ${(med(whole) / med(baseline)).toFixed(2)}, total ${(oursTotal / readabilityTotal).toFixed(2)}`);
