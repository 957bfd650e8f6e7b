/**
 * Quick health check on the golden fixtures: the share of expected paragraphs that appear, whole, in a system's
 * text (whitespace collapsed). Coarser than the fixture tests; it is only here to put a number next to the bench.
 */
import type { FixtureCase } from './dataset';
import { parsePage, type System } from './systems';

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface FixtureHealth {
  name: string;
  found: number;
  total: number;
}

export async function fixtureHealth(system: System, fixtures: readonly FixtureCase[]): Promise<FixtureHealth[]> {
  const out: FixtureHealth[] = [];
  for (const fx of fixtures) {
    const parsed = parsePage(system.dom, fx.html, fx.url);
    let text = '';
    try {
      const r = system.extract(parsed.document, fx.url);
      text = norm(r instanceof Promise ? await r : r);
    } catch {
      text = '';
    }
    parsed.dispose();
    const found = fx.paragraphs.filter((p) => (Array.isArray(p) ? p : [p]).some((alt) => text.includes(norm(alt))));
    out.push({ name: fx.name, found: found.length, total: fx.paragraphs.length });
  }
  return out;
}
