import { describe, expect, it } from 'vitest';
import { loadCost, type TraceEvent } from '../../bench/extension-trace';

const SCRIPT = { data: { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-detect.js' } };
const PAGE = { data: { url: 'http://127.0.0.1:8080/page.js' } };
const x = (name: string, ts: number, dur: number, tdur?: number, args?: unknown): TraceEvent => ({ name, ph: 'X', ts, dur, tdur, pid: 7, tid: 1, args });

/** One load as a Chromium devtools.timeline trace shows it (microseconds): evaluation, idle callback, timer. */
const load = (): TraceEvent[] => [
  x('EvaluateScript', 0, 800, 700, SCRIPT),
  x('FireIdleCallback', 2000, 1200, 1000),
  x('FunctionCall', 2010, 1100, 900, SCRIPT),
  x('FunctionCall', 2100, 100, 90, SCRIPT), // nested: part of the call above
  x('TimerFire', 4000, 500, 450),
  x('FunctionCall', 4010, 450, 400, SCRIPT),
  x('TimerFire', 5000, 300, 300),
  x('FunctionCall', 5010, 250, 250, PAGE), // the page's own timer: not ours
];

describe('loadCost', () => {
  it('takes the idle callback as the detector and the timer call as the message, in wall and thread time', () => {
    const cost = loadCost(load(), 'http://x/');
    expect(cost.evaluate).toEqual({ wall: 0.8, thread: 0.7 });
    expect(cost.detector).toEqual({ wall: 1.1, thread: 0.9 });
    expect(cost.message).toEqual({ wall: 0.45, thread: 0.4 });
    expect(cost.other).toEqual({ wall: 0, thread: 0 });
    expect(cost.pid).toBe(7);
  });

  it('counts a listener call apart instead of taking it for the detector or the message', () => {
    const events = [...load(), x('EventDispatch', 1000, 100, 80, { data: { type: 'pageshow' } }), x('FunctionCall', 1010, 50, 30, SCRIPT)];
    const cost = loadCost(events, 'http://x/');
    expect(cost.detector.thread).toBe(0.9);
    expect(cost.message.thread).toBe(0.4);
    expect(cost.other).toEqual({ wall: 0.05, thread: 0.03 });
  });

  it('says what it found when the load has no idle callback of the script', () => {
    const events = load().filter((e) => e.name !== 'FireIdleCallback');
    expect(() => loadCost(events, 'http://x/')).toThrow(/found 1, 0 and 1/);
  });
});
