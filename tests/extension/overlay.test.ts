// @vitest-environment jsdom
/**
 * The overlay's logic in jsdom: what the host is, what it hands the framed reader page and when it closes, and what
 * it does to the page's <html>. Painting, the top layer and the real isolation are proven in real browsers
 * (tests/e2e/hardening*.e2e.test.ts); jsdom has no showModal or popovers, so minimal stand-ins are installed here.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
vi.mock('../../src/extension/browser', () => ({
  default: { runtime: { id: EXTENSION_ID, getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path}` } },
}));
const { closeOverlay, isOverlayOpen, openOverlay } = await import('../../src/extension/content/overlay');

beforeAll(() => {
  const dialog = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  dialog.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialog.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    queueMicrotask(() => this.dispatchEvent(new Event('close')));
  };
  const element = HTMLElement.prototype as HTMLElement & Record<string, unknown>;
  element.showPopover ??= function () {};
  element.hidePopover ??= function () {};
});

/** The test's privileged view into the closed shadow roots the overlay makes (the page has no such view). */
const roots: ShadowRoot[] = [];
const realAttachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = realAttachShadow.call(this, init);
  roots.push(root);
  return root;
};

const article = (title: string) => ({ article: { title, html: `<p>${title} body</p>` } as Article, notice: null });
const host = () => document.querySelector<HTMLElement>('[data-lucid-reader-overlay]');
const frameOf = () => roots.at(-1)!.querySelector('iframe')!;
const flush = () => new Promise((r) => setTimeout(r, 0));

/** Fires the frame's load and answers as the reader page would; returns what the overlay posted and its port. */
function loadFrame(): { posted: unknown[]; port: MessagePort } {
  const frame = frameOf();
  const posted: unknown[] = [];
  let port: MessagePort | undefined;
  // jsdom gives a frame in a shadow tree no window: a stand-in for the reader page's.
  const postMessage = (message: unknown, origin: string, transfer: MessagePort[]) => {
    posted.push({ message, origin, ports: transfer.length });
    port = transfer[0];
  };
  Object.defineProperty(frame, 'contentWindow', { configurable: true, value: { postMessage } });
  frame.dispatchEvent(new Event('load'));
  return { posted, port: port! };
}

afterEach(() => closeOverlay());

describe('the overlay host', () => {
  it('is a plain <div> in a closed shadow root, which no custom element of the page upgrades', () => {
    const constructed: string[] = [];
    customElements.define('lucid-reader-overlay', class extends HTMLElement {
      constructor() {
        super();
        constructed.push('lucid-reader-overlay');
      }
    });
    customElements.define('page-div', class extends HTMLDivElement {
      constructor() {
        super();
        constructed.push('page-div');
      }
    }, { extends: 'div' });
    openOverlay(article('One'));
    const el = host()!;
    expect(el.localName).toBe('div');
    expect(el.getAttribute('is')).toBeNull();
    expect(el.constructor).toBe(HTMLDivElement);
    expect(el.shadowRoot).toBeNull();
    expect(roots.at(-1)!.mode).toBe('closed');
    expect(constructed).toEqual([]);
    expect(document.querySelector('lucid-reader-overlay')).toBeNull();
  });

  it('frames the reader page at a fresh random token, never the article itself', () => {
    openOverlay(article('Token'));
    const first = frameOf().getAttribute('src')!;
    closeOverlay();
    openOverlay(article('Token'));
    const second = frameOf().getAttribute('src')!;
    expect(first).toMatch(new RegExp(`^chrome-extension://${EXTENSION_ID}/reader\\.html#[0-9a-f]{32}$`));
    expect(second).not.toBe(first);
    // Nothing of the article is a node of the page's document (nor of the shadow root).
    expect(document.documentElement.textContent).not.toContain('Token body');
    expect(roots.at(-1)!.textContent).not.toContain('Token');
  });

  it('takes the attributes a page sets on it off again', async () => {
    openOverlay(article('Attrs'));
    const el = host()!;
    el.setAttribute('inert', '');
    el.setAttribute('hidden', '');
    el.setAttribute('popover', 'manual');
    el.setAttribute('style', 'display: none !important');
    el.setAttribute('data-lucid-reader-overlay', 'gone');
    await flush();
    expect(el.getAttributeNames()).toEqual(['data-lucid-reader-overlay']);
    expect(el.getAttribute('data-lucid-reader-overlay')).toBe('loading');
  });
});

describe('the channel to the reader page', () => {
  it('hands the article over a private port at the extension origin once the frame loads, and closes when asked', async () => {
    openOverlay(article('Channel'));
    const token = frameOf().getAttribute('src')!.split('#')[1];
    const { posted, port } = loadFrame();
    expect(posted).toEqual([{ message: { lucidReaderHandshake: token }, origin: `chrome-extension://${EXTENSION_ID}`, ports: 1 }]);
    const received = await new Promise((resolve) => {
      port.onmessage = (e) => resolve(e.data);
    });
    expect(received).toEqual({ type: 'article', ...article('Channel') });
    port.postMessage({ type: 'shown' });
    await vi.waitFor(() => expect(host()!.getAttribute('data-lucid-reader-overlay')).toBe('shown'));
    port.postMessage({ type: 'close' });
    await vi.waitFor(() => expect(isOverlayOpen()).toBe(false));
    expect(host()).toBeNull();
    port.close();
  });

  it('hands over a notice without an article, and "pick" closes the reader before the picker starts', async () => {
    const onPick = vi.fn(() => expect(isOverlayOpen()).toBe(false));
    openOverlay({ article: null, notice: { reason: 'failed', code: 'empty' } }, onPick);
    const { port } = loadFrame();
    const received = await new Promise((resolve) => {
      port.onmessage = (e) => resolve(e.data);
    });
    expect(received).toEqual({ type: 'article', article: null, notice: { reason: 'failed', code: 'empty' } });
    port.postMessage({ type: 'pick' });
    await vi.waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    expect(host()).toBeNull();
    port.close();
  });

  it('gives up, leaving the page as it was, when the reader page never renders (the page is inert meanwhile)', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>Page</p>';
      const before = document.documentElement.outerHTML;
      openOverlay(article('Never shown'));
      vi.advanceTimersByTime(9_000);
      expect(isOverlayOpen()).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(isOverlayOpen()).toBe(false);
      expect(document.documentElement.outerHTML).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes when the frame loads a second time (navigated away from the reader page)', () => {
    openOverlay(article('Navigated'));
    loadFrame().port.close();
    expect(isOverlayOpen()).toBe(true);
    frameOf().dispatchEvent(new Event('load'));
    expect(isOverlayOpen()).toBe(false);
  });
});

describe("the page's <html> while the reader is open", () => {
  // jsdom's CSSOM keeps the priority of only some properties (display and opacity among them) and drops
  // zoom and content-visibility: these check the mechanism on those; the e2e suites check what reaches the screen.
  it('cannot hide it or fade it, and the page gets what it wrote back on close', async () => {
    document.body.innerHTML = '<main><p id="x">Page</p></main>';
    const before = document.documentElement.outerHTML;
    openOverlay(article('Root'));
    const style = document.documentElement.style;
    for (const [name, value] of [['display', 'block'], ['opacity', '1']]) {
      expect([name, style.getPropertyValue(name), style.getPropertyPriority(name)]).toEqual([name, value, 'important']);
    }
    // The page rewrites the attribute: the declarations are back before anything could be drawn.
    document.documentElement.setAttribute('style', 'display: none !important; opacity: 0.1 !important; color: red');
    await flush();
    expect([style.getPropertyValue('display'), style.getPropertyPriority('display')]).toEqual(['block', 'important']);
    expect([style.getPropertyValue('opacity'), style.getPropertyPriority('opacity')]).toEqual(['1', 'important']);
    closeOverlay();
    // On close the page has what it wrote last, and nothing of ours.
    expect([style.getPropertyValue('display'), style.getPropertyPriority('display'), style.getPropertyValue('opacity'), style.getPropertyValue('color')]).toEqual(['none', 'important', '0.1', 'red']);
    expect(style.getPropertyValue('visibility')).toBe(''); // ours, gone
    document.documentElement.removeAttribute('style');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('hides the page\'s scrollbars (html and body) while open, and gives the body its own style back', () => {
    document.body.setAttribute('style', 'height: 100%; color: red');
    const before = document.documentElement.outerHTML;
    openOverlay(article('Scroll'));
    for (const el of [document.documentElement, document.body]) {
      // Value only: jsdom may not keep the priority of properties it does not know (browsers keep it; the Chromium
      // e2e measures that the page shows no scrollbar while the reader is open).
      expect(el.style.getPropertyValue('scrollbar-width')).toBe('none');
    }
    closeOverlay();
    expect(document.documentElement.outerHTML).toBe(before);
    document.body.removeAttribute('style');
  });

  it("restores the page's own inline style exactly when it did not touch it meanwhile", () => {
    document.documentElement.setAttribute('style', 'color: red; filter: blur(2px)');
    document.body.innerHTML = '<p>Page</p>';
    const before = document.documentElement.outerHTML;
    openOverlay(article('Own style'));
    expect(document.documentElement.style.getPropertyValue('display')).toBe('block');
    closeOverlay();
    expect(document.documentElement.outerHTML).toBe(before);
    document.documentElement.removeAttribute('style');
  });

  it('leaves no trace when the page had no style attribute', () => {
    document.body.innerHTML = '<main><p id="x">Page</p></main>';
    const before = document.documentElement.outerHTML;
    openOverlay(article('No style'));
    expect(document.documentElement.hasAttribute('style')).toBe(true);
    closeOverlay();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('opening and closing', () => {
  it('closing restores the page DOM exactly', () => {
    document.body.innerHTML = '<main><p id="x">Page</p></main>';
    const before = document.documentElement.outerHTML;
    openOverlay(article('One'));
    expect(isOverlayOpen()).toBe(true);
    closeOverlay();
    expect(isOverlayOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a synthetic Escape from a page script does not close the reader (a real one does: see the e2e suites)', () => {
    openOverlay(article('Esc'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(isOverlayOpen()).toBe(true);
    closeOverlay();
    expect(host()).toBeNull();
  });

  it('a reader whose host the page removed counts as closed, and opens again at once', () => {
    openOverlay(article('Removed'));
    host()!.remove();
    expect(isOverlayOpen()).toBe(false);
    openOverlay(article('Removed'));
    expect(isOverlayOpen()).toBe(true);
    expect(document.querySelectorAll('[data-lucid-reader-overlay]')).toHaveLength(1);
  });

  it('a page that moves the host (into an element of its own) has closed the reader', async () => {
    openOverlay(article('Moved'));
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(host()!);
    await flush();
    expect(isOverlayOpen()).toBe(false);
    expect(document.querySelector('[data-lucid-reader-overlay]')).toBeNull();
  });
});
