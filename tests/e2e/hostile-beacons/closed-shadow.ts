/**
 * The test's privileged view of the reader overlay: its host holds a CLOSED shadow root that page script cannot
 * reach, so the test finds it over CDP (DOM domain, which pierces shadow roots) and evaluates inside it from a fresh
 * isolated world, out of reach of anything a hostile page did to its own globals or prototypes. The reader itself is
 * an extension page (reader.html) framed inside that shadow root: the test reads it in that frame. (Earlier builds
 * rendered the reader straight into the shadow root of a <lucid-reader-overlay>: both are found, so a test can show
 * what the old one let a page do.)
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

/** The overlay's host: a plain <div> marked for the extension's own tests (or the old custom element). */
export const OVERLAY = '[data-lucid-reader-overlay], lucid-reader-overlay';
/** True in the page for the overlay's host (what elementFromPoint should find over the reader). */
export const isOverlayHost = (el: Element | null | undefined) => !!el && (el.hasAttribute('data-lucid-reader-overlay') || el.localName === 'lucid-reader-overlay');

export interface OverlayView {
  /** 'closed' for the extension's overlay. */
  mode: string;
  reader: ReaderDump;
}

/** What a reader view shows and anything in it that could run, load or submit: read the same way in popup and overlay. */
export interface ReaderDump {
  headlines: string[];
  body: string;
  /** Elements or attributes that should never survive into the reader (descriptions). */
  dangerous: string[];
  /** Computed styles of the reader's landmarks, to compare across pages. */
  styles: Record<string, Record<string, string>>;
}

/** Runs in the page holding the reader (popup document, or with `this` = the overlay's shadow root). */
export function dumpReader(this: unknown, scope?: unknown): ReaderDump {
  const root = (scope ?? this ?? document) as Document | ShadowRoot;
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const RISKY_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal', 'fencedframe', 'template', 'noscript', 'svg', 'mglyph', 'maction', 'semantics', 'annotation', 'annotation-xml', 'input', 'button', 'textarea', 'select', 'video', 'audio'];
  const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'longdesc', 'ping', 'srcdoc'];
  const dangerous: string[] = [];
  const body = root.querySelector('[data-testid="article-body"]');
  for (const el of body ? [body, ...Array.from(body.querySelectorAll('*'))] : []) {
    const tag = el.localName;
    if (RISKY_TAGS.includes(tag)) dangerous.push(`<${tag}>`);
    if (tag === 'style') dangerous.push('<style> in the article');
    // Formulas are shown as MathML (presentation elements only): HTML inside one is markup that escaped the sanitiser's namespace checks.
    if (el.namespaceURI === 'http://www.w3.org/1999/xhtml' && el.closest('math')) dangerous.push(`<${tag}> inside <math>`);
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (/^on/i.test(attr.name)) dangerous.push(`${tag}[${attr.name}]`);
      if (URL_ATTRS.includes(attr.name) && /^(javascript|vbscript|data|blob):/i.test(value)) dangerous.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`);
      if (URL_ATTRS.includes(attr.name) && /pwned/i.test(value)) dangerous.push(`${tag}[${attr.name}] carries a payload`);
      if (attr.name === 'style') dangerous.push(`${tag}[style]`);
    }
  }
  const pick = (el: Element | null, props: string[]) => {
    if (!el) return {};
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  };
  const TEXT = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'line-height', 'letter-spacing', 'text-transform', 'border-top-style', 'display', 'visibility', 'opacity'];
  return {
    headlines: Array.from(root.querySelectorAll('[data-testid="headline"]')).map((el) => squash(el.textContent)),
    body: squash(body?.textContent),
    dangerous,
    styles: {
      reader: pick(root.querySelector('.lr'), [...TEXT, 'padding-left', 'max-width']),
      headline: pick(root.querySelector('[data-testid="headline"]'), TEXT),
      paragraph: pick(body?.querySelector('p') ?? null, TEXT),
      column: pick(root.querySelector('.lr-column'), ['width', 'max-width', 'padding-left', 'margin-left']),
      button: pick(root.querySelector('.lr-toolbar button, button'), [...TEXT, 'width', 'height']),
    },
  };
}

/** Some TypeScript runners (esbuild keepNames) wrap named functions in __name(): defined where dumpReader is sent. */
export const NAME_SHIM = 'var __name = (f) => f;';

/** dumpReader as an expression to evaluate in an extension page. */
export const dumpReaderOf = (scope: string) => `(() => { ${NAME_SHIM} return (${dumpReader.toString()})(${scope}); })()`;

/** Host styles a page would have to change to hide or disfigure the overlay. */
export const HOST_PROPS = ['display', 'position', 'visibility', 'opacity', 'z-index', 'transform', 'filter', 'clip-path', 'width', 'height', 'pointer-events', 'top', 'left'];

/**
 * The extension's overlay in `page`, read from an isolated world; null when the page has no overlay element.
 * `fn` runs with `this` bound to the overlay's shadow root (or the host when it has none).
 */
export async function inOverlay<T>(ctx: BrowserContext, page: Page, fn: string, args: unknown[] = []): Promise<{ mode: string | null; value: T } | null> {
  const cdp = await ctx.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: OVERLAY });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'lucid-e2e-probe' });
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: (shadow ?? node).backendNodeId, executionContextId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return { mode: shadow?.shadowRootType ?? null, value: result.value as T };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The reader page framed by the overlay (chrome-extension://…/reader.html), if any. */
export const readerFrame = (page: Page): Frame | undefined =>
  page.frames().find((f) => /^chrome-extension:\/\/[a-p]{32}\/reader\.html(#|$)/.test(f.url()));

/**
 * The overlay's reader; null when there is no overlay, or while its reader has not rendered the article yet.
 * Read in the shadow root when the reader is there (old builds), else in the framed reader page.
 */
export async function readOverlay(ctx: BrowserContext, page: Page): Promise<OverlayView | null> {
  const got = await inOverlay<ReaderDump>(ctx, page, `function () { ${NAME_SHIM} return (${dumpReader.toString()}).call(this); }`);
  if (!got) return null;
  if (got.value.headlines.length > 0) return { mode: got.mode ?? 'none', reader: got.value };
  const frame = readerFrame(page);
  const reader = frame ? ((await frame.evaluate(dumpReaderOf('document')).catch(() => null)) as ReaderDump | null) : null;
  return reader && reader.headlines.length > 0 ? { mode: got.mode ?? 'none', reader } : null;
}

/**
 * Like inOverlay, but `fn` runs with `this` bound to wherever the reader is: the framed reader page's document, or
 * the shadow root itself in builds that rendered the reader there. Null when there is no overlay.
 */
export async function inReader<T>(ctx: BrowserContext, page: Page, fn: string, args: unknown[] = []): Promise<{ mode: string | null; value: T } | null> {
  const host = await inOverlay<boolean>(ctx, page, `function () { return !!this.querySelector('[data-testid="headline"]'); }`);
  if (!host) return null;
  if (host.value) return inOverlay<T>(ctx, page, fn, args);
  const frame = readerFrame(page);
  if (!frame) return null;
  // A string, not a function with new Function inside: the reader page's CSP forbids eval, the debugger's own does not.
  const value = (await frame.evaluate(`(${fn}).apply(document, ${JSON.stringify(args)})`)) as T;
  return { mode: host.mode, value };
}

/** The host element's computed style, read from an isolated world. */
export async function overlayHostStyle(ctx: BrowserContext, page: Page): Promise<Record<string, string> | null> {
  const got = await inOverlay<Record<string, string>>(
    ctx,
    page,
    `function (props) { const host = this.host ?? this; const cs = getComputedStyle(host); return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])); }`,
    [HOST_PROPS],
  );
  return got?.value ?? null;
}
