/**
 * The always-on detector's main-thread cost on one page load, from a Chromium trace of the tab's renderer:
 *   - the evaluation of content-detect.js (compiling it and running its top level),
 *   - the idle callback that runs the detector, the timer task that sends its message, and any other call into the
 *     script (an event listener), told apart by the trace event that fired each call,
 * each with wall time and thread time (the CPU time the renderer's main thread got). On a loaded machine the OS
 * takes the CPU away mid-call: the wall time then counts other processes' work; the thread time does not.
 * Tracing adds a little overhead to every traced call.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { loadAndAwaitDetection } from './await-detection';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

export interface Slice {
  /** Milliseconds of wall time. */
  wall: number;
  /** Milliseconds the thread was on a CPU. */
  thread: number;
}

export interface LoadCost {
  evaluate: Slice;
  detector: Slice;
  message: Slice;
  /** Any other calls into the script during the load (event listeners), summed: none on a usual load. */
  other: Slice;
  /** The renderer process the detector ran in. */
  pid: number;
}

/** Loads `url` in `page` with tracing on (`cdp` is the page's session) and waits for the detector's message. */
export async function tracedLoad(cdp: CDPSession, sw: Worker, page: Page, url: string): Promise<LoadCost> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // The trace stays in the browser until the end (ReturnAsStream): nothing is shipped to this process mid-load.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReturnAsStream' });
  await loadAndAwaitDetection(sw, page, url);
  await page.waitForTimeout(50); // the message task's trace event closes after the message left
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  return loadCost(await readTrace(cdp, stream), url);
}

async function readTrace(cdp: CDPSession, handle: string): Promise<TraceEvent[]> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Top-level EvaluateScript and FunctionCall events of content-detect.js (nested events are inside them). The
 * detector is the call an idle callback makes (FireIdleCallback), the message the call a timer makes (TimerFire);
 * any other call (an event listener) is counted apart.
 */
export function loadCost(events: TraceEvent[], url: string): LoadCost {
  const ours = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && JSON.stringify(e.args ?? {}).includes('content-detect.js'));
  const inside = (inner: TraceEvent, outer: TraceEvent) => outer !== inner && outer.tid === inner.tid && outer.ts <= inner.ts && outer.ts + outer.dur! >= inner.ts + inner.dur!;
  const outermost = ours.filter((e) => !ours.some((o) => inside(e, o))).sort((a, b) => a.ts - b.ts);
  const firedBy = (name: string) => (call: TraceEvent) => events.some((e) => e.ph === 'X' && e.name === name && inside(call, e));
  const evaluate = outermost.filter((e) => e.name === 'EvaluateScript');
  const calls = outermost.filter((e) => e.name === 'FunctionCall');
  const detector = calls.filter(firedBy('FireIdleCallback'));
  const message = calls.filter(firedBy('TimerFire'));
  const other = calls.filter((c) => !detector.includes(c) && !message.includes(c));
  if (evaluate.length !== 1 || detector.length !== 1 || message.length !== 1 || ours.some((e) => e.tdur === undefined)) {
    throw new Error(
      `expected one evaluation, one idle callback and one timer call of content-detect.js with thread times in the trace of ${url}; found ${evaluate.length}, ${detector.length} and ${message.length}`,
    );
  }
  const slice = (e: TraceEvent): Slice => ({ wall: e.dur! / 1000, thread: e.tdur! / 1000 });
  const total = (list: TraceEvent[]): Slice => list.map(slice).reduce((a, b) => ({ wall: a.wall + b.wall, thread: a.thread + b.thread }), { wall: 0, thread: 0 });
  return { evaluate: slice(evaluate[0]), detector: slice(detector[0]), message: slice(message[0]), other: total(other), pid: detector[0].pid };
}
