#!/usr/bin/env node
/**
 * The library call as a user's program makes it: the built `dist/node/index.js` (`extractFromHtml`: parse, the
 * pipeline, sanitised HTML, attendees) run by node itself, against plain Readability 0.6.0 on linkedom over the same
 * 181 benchmark pages, in the same process. `npm run bench:profile` breaks the call into stages but runs the
 * sources under tsx, whose module transform slows some dependencies (jsdom's parse5 about 1.7x); this is the
 * whole-call ratio without it (issue #15's target: ≤ 1.3, median and total).
 *
 *   npm run bench:library                (builds first)
 *   node bench/library-built.mjs [--runs N]
 *
 * The two take turns on each page, the order alternating; each page keeps its fastest time of N runs (default 2)
 * after one warm-up pass; each page runs in a task of its own, as the CLI's workers take them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/node/index.js');
if (!existsSync(built)) {
  console.error(`no ${built}: run \`npm run build\` first (or \`npm run bench:library\`, which builds)`);
  process.exit(1);
}
const { extractFromHtml } = await import(built);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' } } });
const runs = Math.max(1, Number(values.runs) || 2);

const benchRoot = process.env.LUCID_BENCH_DIR ?? join(root, '..', 'shared', 'bench');
const dir = existsSync(join(benchRoot, 'ground-truth.json')) ? benchRoot : join(benchRoot, 'scrapinghub');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const decoder = new TextDecoder('utf-8');
const pages = Object.keys(truth).sort().map((id) => ({
  url: truth[id].url,
  html: decoder.decode(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
}));

const ours = pages.map(() => Infinity);
const plain = pages.map(() => Infinity);
const timeOurs = async (p) => {
  const t0 = performance.now();
  try {
    await extractFromHtml(p.html, p.url);
  } catch {
    // A page the pipeline refuses still costs what it took to refuse it.
  }
  return performance.now() - t0;
};
const timePlain = (p) => {
  const t0 = performance.now();
  new Readability(parseHTML(p.html).document).parse();
  return performance.now() - t0;
};
for (let r = 0; r <= runs; r++) {
  for (let i = 0; i < pages.length; i++) {
    const p = pages[i];
    let a;
    let b;
    if ((i + r) % 2) {
      a = await timeOurs(p);
      b = timePlain(p);
    } else {
      b = timePlain(p);
      a = await timeOurs(p);
    }
    if (r > 0) {
      ours[i] = Math.min(ours[i], a);
      plain[i] = Math.min(plain[i], b);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
const total = (xs) => xs.reduce((s, x) => s + x, 0);
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`${pages.length} pages from ${dir}, fastest of ${runs} run(s) per page, node ${process.version}`);
console.log(`built extractFromHtml: median ${median(ours).toFixed(1)} ms, total ${total(ours).toFixed(0)} ms`);
console.log(`plain Readability:     median ${median(plain).toFixed(1)} ms, total ${total(plain).toFixed(0)} ms`);
console.log(`ratio built library / plain Readability: median ${(median(ours) / median(plain)).toFixed(2)}, ` +
  `total ${(total(ours) / total(plain)).toFixed(2)} (target ≤ 1.3)`);
