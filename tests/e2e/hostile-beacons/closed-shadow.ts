/**
 * The test's privileged view of the reader overlay: the overlay lives in a CLOSED shadow root that page script
 * cannot reach, so the test finds it over CDP (DOM domain, which pierces shadow roots) and evaluates inside it from a
 * fresh isolated world, out of reach of anything a hostile page did to its own globals or prototypes.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const OVERLAY = 'lucid-reader-overlay';

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
  const RISKY_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal', 'fencedframe', 'template', 'noscript', 'svg', 'math', 'input', 'button', 'textarea', 'select', 'video', 'audio'];
  const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'longdesc', 'ping', 'srcdoc'];
  const dangerous: string[] = [];
  const body = root.querySelector('[data-testid="article-body"]');
  for (const el of body ? [body, ...Array.from(body.querySelectorAll('*'))] : []) {
    const tag = el.localName;
    if (RISKY_TAGS.includes(tag)) dangerous.push(`<${tag}>`);
    if (tag === 'style') dangerous.push('<style> in the article');
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

/** The overlay's reader, read through inOverlay; null when there is no overlay. */
export async function readOverlay(ctx: BrowserContext, page: Page): Promise<OverlayView | null> {
  const got = await inOverlay<ReaderDump>(ctx, page, `function () { ${NAME_SHIM} return (${dumpReader.toString()}).call(this); }`);
  return got && { mode: got.mode ?? 'none', reader: got.value };
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
