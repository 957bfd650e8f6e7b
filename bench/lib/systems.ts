/**
 * The extractors under test and the DOMs they run on. Each system gets a freshly parsed document (Readability
 * mutates it), parsed the way the CLI parses: linkedom's parseHTML. jsdom is only there to compare DOMs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The little of jsdom used here, typed locally (no @types/jsdom); loaded only for --dom jsdom. */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => {
    window: { document: Document; close(): void };
  };
  VirtualConsole: new () => unknown;
}
let jsdom: JsdomModule | undefined;

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
  jsdom ??= createRequire(import.meta.url)('jsdom') as JsdomModule;
  const dom_ = new jsdom.JSDOM(html, { url, virtualConsole: new jsdom.VirtualConsole() });
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

interface ExtractedText {
  text: string;
  standfirst?: string | null;
}
type ExtractArticle = (doc: Document, url: string, options?: object) => ExtractedText | Promise<ExtractedText>;
interface NodeEntry {
  nodeSanitizer(): unknown;
}

/**
 * Our pipeline, loaded lazily so the bench still prints the baseline while src/core/extract.ts cannot load.
 * LUCID_BENCH_PIPELINE may name another module exporting extractArticle (e.g. a variant under test).
 * `withStandfirst` puts the standfirst (which the Article keeps apart from `text`) before the text, as a reader sees
 * it: for comparing with an extractor whose output holds it.
 */
export async function loadPipelineSystem(withHtml = false, withStandfirst = false): Promise<System | { unavailable: string }> {
  const override = process.env.LUCID_BENCH_PIPELINE;
  const file = override ? pathToFileURL(resolve(override)) : new URL('../../src/core/extract.ts', import.meta.url);
  const shown = override ?? 'src/core/extract.ts';
  if (!existsSync(fileURLToPath(file))) return { unavailable: `${shown} does not exist yet` };
  let extractArticle: ExtractArticle;
  let options: object;
  try {
    const mod = (await import(file.href)) as { extractArticle?: ExtractArticle };
    if (typeof mod.extractArticle !== 'function') return { unavailable: `${shown} has no extractArticle` };
    extractArticle = mod.extractArticle;
    // As the CLI does: DOMPurify refuses linkedom, so the Node entry supplies one built on a jsdom window.
    const node = (await import(new URL('../../src/node/index.ts', import.meta.url).href)) as NodeEntry;
    // Each system gets a freshly parsed document, as the CLI does, so the pipeline may consume it (no clone).
    // "pipeline" is what the core issue defines: detection, metadata, cleaning and Readability, to text. The
    // attendee summary (its own bench: bench:attendees) and HTML sanitising are timed in "pipeline+html", which is
    // everything extractArticle does for the CLI's JSON output.
    options = { consumeDocument: true, ...(withHtml ? { sanitize: node.nodeSanitizer() } : { html: false, attendees: false }) };
  } catch (err) {
    return { unavailable: `${shown} failed to load: ${(err as Error).message.split('\n')[0]}` };
  }
  return {
    name: withHtml ? 'pipeline+html' : 'pipeline',
    dom: 'linkedom',
    extract(doc, url) {
      const toText = (a: ExtractedText) => (withStandfirst && a.standfirst ? `${a.standfirst}\n\n${a.text ?? ''}` : (a.text ?? ''));
      const result = extractArticle(doc, url, options);
      return result instanceof Promise ? result.then(toText) : toText(result);
    },
  };
}
