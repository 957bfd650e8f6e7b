// @vitest-environment jsdom
/**
 * Images in the extension's views must not carry a site's cookies that the page itself could not send (issue #14,
 * item 6). What a document may fetch at once depends on where it is (imagePolicyFor); an image that may not be
 * fetched at once has no src or srcset at all (so no browser can fetch it) until the person asks for it.
 */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import { addMissingCaptions, insertLeadImage } from '../../src/extension/reader/body-polish';
import { imagePolicyFor, setSanitizedHtml } from '../../src/extension/safe-html';
import en from '../../public/_locales/en/messages.json';

beforeAll(() => setFallbackMessages(en));

const opened: JSDOM[] = [];
afterEach(() => opened.splice(0).forEach((dom) => dom.window.close()));

/** A document at url (a Firefox extension page, a web page…) with an empty container in it. */
function containerAt(url: string): HTMLElement {
  const dom = new JSDOM('<!doctype html><html><body><div class="lr-body"></div></body></html>', { url });
  opened.push(dom);
  return dom.window.document.querySelector('.lr-body') as HTMLElement;
}

const MOZ = 'moz-extension://5a0c3e47-6f1d-4d2b-9b7e-2c1f0e9d8a61/popup.html?tab=3';
const PAGE = 'https://news.example/2024/10/09/council/';
const fetchable = (el: Element) =>
  [...el.querySelectorAll('img')].filter((img) => img.hasAttribute('src') || img.hasAttribute('srcset')).map((img) => img.getAttribute('src') ?? img.getAttribute('srcset'));
const afterMicrotasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('imagePolicyFor', () => {
  const at = (origin: string) => {
    const win: { origin: string; top?: object } = { origin };
    win.top = win;
    return imagePolicyFor({ defaultView: win } as unknown as Document);
  };

  it('loads at once in a web page (the overlay: the page\'s own requests) and in Chromium extension pages (COEP credentialless)', () => {
    expect(at('https://news.example')).toBe('load');
    expect(at('http://127.0.0.1:8080')).toBe('load');
    expect(at('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).toBe('load');
  });

  it('loads in a framed Chromium extension page (the overlay\'s reader) only when its frame is credentialless', () => {
    const framed = (credentialless?: boolean) => {
      const win = { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', top: {}, credentialless };
      return imagePolicyFor({ defaultView: win } as unknown as Document);
    };
    // The manifest's COEP reaches top-level extension pages only: a frame is credentialless by its <iframe> alone.
    expect(framed(true)).toBe('load');
    expect(framed(false)).toBe('on-request');
    expect(framed(undefined)).toBe('on-request');
  });

  it('loads at once in another browser\'s extension page framed by a page of another origin (the overlay\'s reader)', () => {
    const framed = (top: object) => {
      const win = { origin: 'moz-extension://5a0c3e47-6f1d-4d2b-9b7e-2c1f0e9d8a61' } as { origin: string; top?: object };
      win.top = top;
      return imagePolicyFor({ defaultView: win } as unknown as Document);
    };
    const crossOriginTop = { get location(): never { throw new DOMException('Blocked a frame', 'SecurityError'); } };
    expect(framed(crossOriginTop)).toBe('load');
    // Framed by one of its own pages (same origin): that is no web page's partition.
    expect(framed({ location: { href: 'moz-extension://5a0c3e47-6f1d-4d2b-9b7e-2c1f0e9d8a61/popup.html' } })).toBe('on-request');
  });

  it('waits to be asked anywhere else: top-level Firefox and Safari extension pages, opaque origins', () => {
    expect(at('moz-extension://5a0c3e47-6f1d-4d2b-9b7e-2c1f0e9d8a61')).toBe('on-request');
    expect(at('safari-web-extension://ABC')).toBe('on-request');
    expect(at('null')).toBe('on-request');
    expect(imagePolicyFor({ defaultView: null } as unknown as Document)).toBe('on-request');
    expect(imagePolicyFor(containerAt(MOZ).ownerDocument)).toBe('on-request');
  });

  it('the build serves Chromium extension pages with COEP credentialless (what "load" relies on there)', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8'));
    expect(manifest.cross_origin_embedder_policy).toEqual({ value: 'credentialless' });
  });
});

describe('images in a page that loads them at once', () => {
  it('keeps src, sends no referrer and drops a page-chosen CORS mode or referrer policy', () => {
    const el = containerAt(PAGE);
    setSanitizedHtml(
      el,
      '<img src="https://img.example/a.jpg" crossorigin="use-credentials" referrerpolicy="unsafe-url">' +
        '<img src="https://img.example/b.jpg" crossorigin="anonymous"><img src="https://img.example/c.jpg" crossorigin>',
    );
    const imgs = [...el.querySelectorAll('img')];
    expect(imgs.map((img) => img.getAttribute('src'))).toEqual(['https://img.example/a.jpg', 'https://img.example/b.jpg', 'https://img.example/c.jpg']);
    for (const img of imgs) {
      expect(img.hasAttribute('crossorigin')).toBe(false);
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
    expect(el.querySelector('[data-testid="image-placeholder"]')).toBeNull();
  });

  it('gives the lead image it inserts the same treatment', () => {
    const el = containerAt(PAGE);
    setSanitizedHtml(el, '<p>Text</p>');
    insertLeadImage(el, [{ src: 'https://img.example/lead.jpg', alt: 'Lead', caption: null }], PAGE);
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/lead.jpg');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});

describe('images in an extension page that cannot fetch without credentials (Firefox)', () => {
  const HTML =
    '<figure><img src="https://img.example/lead.jpg" srcset="https://img.example/lead-2x.jpg 2x" alt="The river at dawn" width="640" height="360"></figure>' +
    '<p>Text <a href="https://news.example/gallery"><img src="https://cdn.example/linked.jpg" alt=""></a></p>' +
    '<p><img src="javascript:alert(1)" alt="bad"><img data-lr-src="https://evil.example/smuggled.gif" alt="smuggled"></p>';

  it('leaves no image a browser could fetch, and keeps each address aside', () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, HTML);
    expect(fetchable(el)).toEqual([]);
    expect([...el.querySelectorAll('img[data-lr-src]')].map((img) => img.getAttribute('data-lr-src'))).toEqual([
      'https://img.example/lead.jpg',
      'https://cdn.example/linked.jpg',
    ]);
  });

  it('shows a placeholder per image, with its description and a button naming the site, outside any link', async () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, HTML);
    await afterMicrotasks();
    const boxes = [...el.querySelectorAll('[data-testid="image-placeholder"]')];
    expect(boxes).toHaveLength(2);
    expect(boxes[0].textContent).toContain('The river at dawn');
    expect(boxes.map((b) => b.querySelector('button')?.textContent)).toEqual(['Load image from img.example', 'Load image from cdn.example']);
    expect(boxes.every((b) => !b.closest('a'))).toBe(true);
    // The held images are hidden (no empty box of the image's size) until loaded.
    expect([...el.querySelectorAll('img[data-lr-src]')].every((img) => img.hasAttribute('hidden'))).toBe(true);
  });

  it('loads one image when asked, and only that one', async () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, HTML);
    await afterMicrotasks();
    const [first] = [...el.querySelectorAll<HTMLButtonElement>('[data-testid="image-placeholder"] button')];
    const click = new el.ownerDocument.defaultView!.MouseEvent('click', { bubbles: true, cancelable: true });
    first.dispatchEvent(click);
    expect(fetchable(el)).toEqual(['https://img.example/lead.jpg']);
    const lead = el.querySelector('img[src]')!;
    expect(lead.hasAttribute('hidden')).toBe(false);
    expect(lead.hasAttribute('data-lr-src')).toBe(false);
    expect(lead.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(el.querySelectorAll('[data-testid="image-placeholder"]')).toHaveLength(1);
  });

  it('a click on the placeholder of a linked image neither follows the link nor reaches the reader', async () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, HTML);
    await afterMicrotasks();
    let reached = 0;
    el.addEventListener('click', () => reached++);
    const button = [...el.querySelectorAll<HTMLButtonElement>('[data-testid="image-placeholder"] button')][1];
    const click = new el.ownerDocument.defaultView!.MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(reached).toBe(0);
    expect(fetchable(el)).toEqual(['https://cdn.example/linked.jpg']);
  });

  it('a lead image added by the reader waits too, and captions still find held images', async () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, '<p><img src="https://img.example/body.jpg" alt="Body"></p><p>Text</p>');
    addMissingCaptions(el, [{ src: 'https://img.example/body.jpg', alt: 'Body', caption: 'Councillors vote.' }], PAGE);
    insertLeadImage(el, [{ src: 'https://img.example/lead.jpg', alt: 'Lead', caption: 'The river at dawn.' }, { src: 'https://img.example/body.jpg', alt: 'Body', caption: 'Councillors vote.' }], PAGE);
    expect(fetchable(el)).toEqual([]);
    const figures = [...el.querySelectorAll('figure')];
    expect(figures.map((f) => [f.querySelector('img')?.getAttribute('data-lr-src'), f.querySelector('figcaption')?.textContent])).toEqual([
      ['https://img.example/lead.jpg', 'The river at dawn.'],
      ['https://img.example/body.jpg', 'Councillors vote.'],
    ]);
    await afterMicrotasks();
    expect(el.querySelectorAll('[data-testid="image-placeholder"]')).toHaveLength(2);
  });

  it('rendering again gives one placeholder per image, not one per render', async () => {
    const el = containerAt(MOZ);
    setSanitizedHtml(el, HTML);
    setSanitizedHtml(el, HTML);
    await afterMicrotasks();
    expect(el.querySelectorAll('[data-testid="image-placeholder"]')).toHaveLength(2);
  });
});
