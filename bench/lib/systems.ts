/**
 * The extractors under test and the DOMs they run on. Each system gets a freshly parsed document (Readability
 * mutates it), parsed the way the CLI parses: linkedom's parseHTML. jsdom is only there to compare DOMs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

export type DomName = 'linkedom' | 'jsdom';

export interface ParsedPage {
  document: Document;
  dispose(): void;
}

export function parsePage(dom: DomName, html: string, url: string): ParsedPage {
  if (dom === 'linkedom') {
    return { document: parseHTML(html).document as unknown as Document, dispose() {} };
  }
  // Without a silent console, jsdom prints every CSS it cannot parse.
  const dom_ = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { document: dom_.window.document, dispose: () => dom_.window.close() };
}

export interface System {
  /** Short column name, e.g. "readability", "pipeline", "readability@jsdom". */
  name: string;
  dom: DomName;
  /** The article text the system extracts; "" when it finds nothing. */
  extract(doc: Document, url: string): string | Promise<string>;
}

export function readabilitySystem(dom: DomName): System {
  return {
    name: dom === 'linkedom' ? 'readability' : `readability@${dom}`,
    dom,
    extract: (doc) => new Readability(doc).parse()?.textContent ?? '',
  };
}

type ExtractArticle = (doc: Document, url: string) => { text: string } | Promise<{ text: string }>;

/** Our pipeline, loaded lazily: while src/core/extract.ts is being written the bench still prints the baseline. */
export async function loadPipelineSystem(): Promise<System | { unavailable: string }> {
  const file = new URL('../../src/core/extract.ts', import.meta.url);
  if (!existsSync(fileURLToPath(file))) return { unavailable: 'src/core/extract.ts does not exist yet' };
  let extractArticle: ExtractArticle;
  try {
    const mod = (await import(file.href)) as { extractArticle?: ExtractArticle };
    if (typeof mod.extractArticle !== 'function') return { unavailable: 'src/core/extract.ts has no extractArticle' };
    extractArticle = mod.extractArticle;
  } catch (err) {
    return { unavailable: `src/core/extract.ts failed to load: ${(err as Error).message.split('\n')[0]}` };
  }
  return {
    name: 'pipeline',
    dom: 'linkedom',
    extract(doc, url) {
      const result = extractArticle(doc, url);
      return result instanceof Promise ? result.then((a) => a.text ?? '') : (result.text ?? '');
    },
  };
}
