/**
 * The always-on detector's whole main-thread cost on a first load in a new tab (a new renderer process), from a
 * Chromium trace: the evaluation of content-detect.js (compiling it and running its top level) plus the idle
 * callback that runs the detector and sends its message (including any function compiled on first call there, and
 * setting up the messaging API). The in-script timer sees only the detector's call; this sees what the page pays.
 * Tracing adds its own overhead: compare figures from this file with each other, not with the timer.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import { loadAndAwaitDetection } from './await-detection';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

export interface ScriptCost {
  evaluate: number;
  call: number;
  total: number;
}

/** One traced first load of a fixture, in a new tab. */
export async function tracedFirstLoad(ctx: BrowserContext, sw: Worker, server: FixtureServer, slug: string): Promise<ScriptCost> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' } as never);
  await loadAndAwaitDetection(sw, page, server.url(slug));
  await page.waitForTimeout(100); // the callback's trace event closes when it returns, after the message left
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return scriptCost(events);
}

/** Top-level EvaluateScript and FunctionCall events of content-detect.js (nested events are inside them). */
function scriptCost(events: TraceEvent[]): ScriptCost {
  const ours = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && JSON.stringify(e.args ?? {}).includes('content-detect.js'));
  const outermost = ours.filter((e) => !ours.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!));
  const sum = (name: string) => outermost.filter((e) => e.name === name).reduce((n, e) => n + e.dur! / 1000, 0);
  const evaluate = sum('EvaluateScript');
  const call = sum('FunctionCall');
  return { evaluate, call, total: evaluate + call };
}
