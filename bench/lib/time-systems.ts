/**
 * Runs every system on every page, `runs` times, keeping each page's fastest time per system. The systems take
 * turns on each page (the order rotates by page and run) so neither always gets the warmer caches or the quieter
 * moment on a shared machine. Parsing is timed apart from extraction.
 */
import type { BenchPage } from './dataset';
import { parsePage, type ParsedPage, type System } from './systems';

const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export interface SystemOutcome {
  text: string;
  /** Fastest extraction time over the runs, parse excluded. */
  ms: number;
  /** Fastest parse time over the runs, for the DOM this system uses. */
  parseMs: number;
  error?: string;
}

export type PageOutcomes = Record<string, SystemOutcome>;

export async function timeSystems(
  pages: readonly Pick<BenchPage, 'id' | 'url' | 'html'>[],
  systems: readonly System[],
  runs: number,
  onRun?: (run: number) => void,
): Promise<PageOutcomes[]> {
  const results: PageOutcomes[] = pages.map(() => ({}));
  for (let run = 0; run < runs; run++) {
    onRun?.(run);
    for (let i = 0; i < pages.length; i++) {
      const { html, url } = pages[i];
      for (let k = 0; k < systems.length; k++) {
        const system = systems[(i + run + k) % systems.length];
        let text = '';
        let error: string | undefined;
        const t0 = performance.now();
        let parsed: ParsedPage | undefined;
        try {
          parsed = parsePage(system.dom, html, url);
        } catch (err) {
          // jsdom 27's cssstyle throws on some inline styles: the page counts as extracted empty, with the reason.
          error = `parse failed: ${firstLine(err)}`;
        }
        const t1 = performance.now();
        if (parsed) {
          try {
            const out = system.extract(parsed.document, url);
            text = out instanceof Promise ? await out : out;
          } catch (err) {
            error = firstLine(err);
          }
        }
        const t2 = performance.now();
        parsed?.dispose();
        const prev = results[i][system.name];
        results[i][system.name] = prev
          ? { ...prev, ms: Math.min(prev.ms, t2 - t1), parseMs: Math.min(prev.parseMs, t1 - t0) }
          : { text, ms: t2 - t1, parseMs: t1 - t0, error };
      }
    }
  }
  return results;
}
