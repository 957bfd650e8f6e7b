/**
 * Growth tests that hold on a loaded two-core machine: time the same work on an input and on one `factor` times
 * larger, in the same run, and compare. Linear work grows about `factor` times, quadratic work `factor`² times;
 * the limit sits between them. Absolute times are never asserted: a large input that still runs under
 * `floorMs` is below timer and scheduler noise, and cannot be quadratic at the sizes used here.
 */

export interface Growth {
  /** Median milliseconds on the small and the large input, and their ratio. */
  small: number;
  large: number;
  ratio: number;
  /** The same from the fastest runs: a load spike only ever slows a run, so minima see through one. */
  minRatio: number;
  minLarge: number;
}

export interface GrowthOptions {
  /** The ratio above which growth counts as super-linear (for 8x input: linear ~8, quadratic ~64); DEFAULT_LIMIT. */
  limit?: number;
  /** Large-input times under this are noise, never a failure. */
  floorMs?: number;
  /** Timed pairs per round (medians and minima are taken), and rounds that must all fail before growth counts. */
  runs?: number;
  rounds?: number;
}

const timed = (work: () => void): number => {
  const t = performance.now();
  work();
  return performance.now() - t;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The growth from the times (ms) of several runs on the small input and on the large one. */
export function growthOf(small: number[], large: number[]): Growth {
  const ms = median(small);
  const ml = median(large);
  const minLarge = Math.min(...large);
  return { small: ms, large: ml, ratio: ml / Math.max(ms, 1e-3), minRatio: minLarge / Math.max(Math.min(...small), 1e-3), minLarge };
}

/** One round: `runs` interleaved pairs (so a burst of load hits both sizes alike), medians and minima compared. */
export function measureGrowth(small: () => void, large: () => void, runs = 5): Growth {
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < runs; i++) {
    s.push(timed(small));
    l.push(timed(large));
  }
  return growthOf(s, l);
}

/** Linear enough: under the noise floor, or within the limit by medians or by fastest runs. */
/**
 * 32 for 8x the input: linear work grows ~8x, quadratic ~64x. It was 20 until a clean CI run measured a linear
 * regex at 21x in every round (1.3 -> 27 ms, in the whole unit suite's process; 0.01 ms alone): V8's regex tiers and
 * garbage collection under load can double a linear ratio; nothing doubles a quadratic one down to 32.
 */
export const DEFAULT_LIMIT = 32;

export const isLinear = (g: Growth, limit = DEFAULT_LIMIT, floorMs = 1): boolean =>
  g.minLarge < floorMs || g.ratio <= limit || g.minRatio <= limit;

/**
 * The growth when it is super-linear, else null. A single cheap pair screens first; only a suspect pair is
 * re-measured, and it fails only when every round exceeds the limit, by the ratio of medians and by the ratio of
 * minima alike (load spikes do not repeat that way; quadratic growth does).
 */
export function superLinear(small: () => void, large: () => void, options: GrowthOptions = {}): Growth | null {
  const { limit = DEFAULT_LIMIT, floorMs = 1, runs = 5, rounds = 3 } = options;
  small(); // warm-up: V8 interprets a regex (and a function) the first time and compiles it afterwards
  let last = measureGrowth(small, large, 1);
  if (isLinear(last, limit, floorMs)) return null;
  for (let r = 0; r < rounds; r++) {
    last = measureGrowth(small, large, runs);
    if (isLinear(last, limit, floorMs)) return null;
  }
  return last;
}

export const describeGrowth = (g: Growth): string =>
  `${g.small.toFixed(2)} ms -> ${g.large.toFixed(2)} ms (x${g.ratio.toFixed(1)}; fastest runs x${g.minRatio.toFixed(1)})`;
