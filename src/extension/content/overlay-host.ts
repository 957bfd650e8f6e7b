/**
 * The element the reader overlay hangs from, built so the page can neither upgrade, open nor style it:
 *
 * - A plain <div> from document.createElement('div'): no custom element name (a page that defines one gets its class
 *   run on our host and, through attachInternals(), our closed shadow root) and no `is` value (customized built-ins
 *   only upgrade elements created with one). Content scripts call the browser's own createElement and attachShadow
 *   (their own world in Chromium, Xray wrappers in Firefox), so main-world prototype patches never see the calls.
 * - A closed, non-serializable, non-clonable shadow root, holding a <dialog> shown modal (the top layer: above every
 *   z-index, outside its ancestors' transforms and clips, and everything else in the document inert), in it a manual
 *   popover that paints (top-layer-guard.ts keeps it last), and in that the frame of the reader page. The page's
 *   nodes never hold the reader's text: see reader-channel.ts.
 * - Host styles from inside the shadow root with !important: in the cascade, important declarations of the inner
 *   (shadow) context beat the outer page's, inline !important included; `all` does not reach pseudo-elements, so
 *   ::before and ::after get their own rules (a page's host::after would otherwise be drawn above the reader).
 * - Attributes the page sets on the host (inert, hidden, popover, dir, style…) are taken off again at once.
 */
export const HOST_ATTRIBUTE = 'data-lucid-reader-overlay';

const SHADOW_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
:host::before { all: initial !important; content: none !important; display: none !important; }
:host::after { all: initial !important; content: none !important; display: none !important; }
dialog {
  all: initial;
  position: fixed;
  inset: 0;
  display: block;
  box-sizing: border-box;
  width: 100%;
  height: 100%;
  max-width: none;
  max-height: none;
  margin: 0;
  padding: 0;
  border: 0;
  overflow: hidden;
  background: transparent;
  pointer-events: auto;
}
dialog::backdrop { background: transparent; }
/* The paint layer keeps its box while it is briefly out of the top layer (re-promotion), so nothing is laid out again. */
.layer {
  all: initial;
  position: fixed;
  inset: 0;
  display: block;
  width: 100%;
  height: 100%;
  margin: 0;
  padding: 0;
  border: 0;
  overflow: hidden;
  background: transparent;
  pointer-events: auto;
}
.layer::backdrop { background: transparent; }
iframe {
  all: initial;
  display: block;
  width: 100%;
  height: 100%;
  border: 0;
  pointer-events: auto;
}
/* Until the reader has rendered, show nothing rather than an empty frame. */
iframe:not([data-shown]) { visibility: hidden; }
`;

export interface OverlayHost {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  /** The manual popover inside the dialog that holds the frame. */
  layer: HTMLElement;
  frame: HTMLIFrameElement;
  /** Marks the reader as rendered: the frame becomes visible and the host's state says so. */
  markShown(): void;
  /** Names the dialog and the frame (the article's title, once it is known). */
  setLabel(label: string): void;
  /** Stops watching the host's attributes. */
  disconnect(): void;
}

export function createOverlayHost(frameUrl: string, label: string): OverlayHost {
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, 'loading');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', label);
  const frame = document.createElement('iframe');
  frame.setAttribute('title', label);
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Chromium: the reader's image requests carry no cookie (the manifest's COEP does not reach a framed extension
  // page, and with host access even Strict cookies went). Set before src: it applies to the navigation. Firefox
  // ignores it; there the frame uses the page's own cookie partition.
  frame.setAttribute('credentialless', '');
  frame.src = frameUrl;
  const layer = document.createElement('div');
  layer.className = 'layer';
  layer.setAttribute('popover', 'manual');
  layer.append(frame);
  dialog.append(layer);
  shadow.append(style, dialog);

  let state = 'loading';
  // Ours is one attribute with one value; anything else the page sets comes off before it is rendered.
  const watch = new MutationObserver(() => {
    for (const name of host.getAttributeNames()) if (name !== HOST_ATTRIBUTE) host.removeAttribute(name);
    if (host.getAttribute(HOST_ATTRIBUTE) !== state) host.setAttribute(HOST_ATTRIBUTE, state);
  });
  watch.observe(host, { attributes: true });

  return {
    host,
    dialog,
    layer,
    frame,
    markShown() {
      state = 'shown';
      host.setAttribute(HOST_ATTRIBUTE, state);
      frame.setAttribute('data-shown', '');
    },
    setLabel(label: string) {
      dialog.setAttribute('aria-label', label);
      frame.setAttribute('title', label);
    },
    disconnect: () => watch.disconnect(),
  };
}
