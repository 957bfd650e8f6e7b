/**
 * The always-on detector's whole main-thread cost on a first load in a new tab (a new renderer process), from a
 * Chromium trace: the evaluation of content-detect.js (compiling it and running its top level) plus the idle
 * callback that runs the detector and sends its message (including any function compiled on first call there, and
 * setting up the messaging API). The in-script timer sees only the detector's call; this sees what the page pays.
 * Tracing adds its own overhead: compare figures from this file with each other, not with the timer.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';

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

/** Registers, in the extension's worker, a promise for the next `detected` message (string: see extension.ts). */
export const listenForDetection = (sw: Worker) =>
  sw.evaluate(`globalThis.__benchDetected = new Promise((resolve) => {
    const heard = (message) => {
      if (message?.type !== 'detected') return undefined;
      chrome.runtime.onMessage.removeListener(heard);
      resolve(true);
      return undefined;
    };
    chrome.runtime.onMessage.addListener(heard);
  }); undefined`);

/** Resolves true when the detector's message arrived, false after 10 s. */
export const detection = (sw: Worker) =>
  sw.evaluate(`Promise.race([globalThis.__benchDetected, new Promise((resolve) => setTimeout(() => resolve(false), 10000))])`) as Promise<boolean>;

/** One traced first load of a fixture, in a new tab. */
export async function tracedFirstLoad(ctx: BrowserContext, sw: Worker, server: FixtureServer, slug: string): Promise<ScriptCost> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' } as never);
  await listenForDetection(sw);
  await page.goto(server.url(slug));
  if (!(await detection(sw))) throw new Error(`no detection reported for ${slug}`);
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
