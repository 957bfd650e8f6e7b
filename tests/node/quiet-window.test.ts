/**
 * The sanitiser's jsdom window keeps no listeners (src/node/quiet-window.ts): jsdom adds some to the window for each
 * document it creates, which over a long CLI run grew without end and made each page slower than the last.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quietWindow } from '../../src/node/quiet-window';

/** How many listeners the window's own addEventListener receives while `documents` documents are parsed. */
function listenersAdded(window: Window, documents: number): number {
  let added = 0;
  const proto = (window as unknown as { EventTarget: typeof EventTarget }).EventTarget.prototype;
  const original = proto.addEventListener;
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    if ((this as unknown) === window) added++;
    return original.apply(this, args);
  };
  try {
    const Parser = (window as unknown as { DOMParser: typeof DOMParser }).DOMParser;
    for (let i = 0; i < documents; i++) new Parser().parseFromString(`<p>page ${i}</p>`, 'text/html');
  } finally {
    proto.addEventListener = original;
  }
  return added;
}

const fresh = () => new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;

describe('quietWindow', () => {
  it('jsdom adds listeners to the window for every document it parses (the growth this works around)', () => {
    expect(listenersAdded(fresh(), 10)).toBeGreaterThanOrEqual(10);
  });

  it('the quiet window receives none, however many documents are parsed', () => {
    expect(listenersAdded(quietWindow(fresh()), 50)).toBe(0);
  });

  it('documents parsed in it still answer selectors (what jsdom registered the listeners for)', () => {
    const window = quietWindow(fresh()) as unknown as { DOMParser: typeof DOMParser };
    const doc = new window.DOMParser().parseFromString('<p class="a">x</p><p>y</p>', 'text/html');
    expect(doc.querySelectorAll('p').length).toBe(2);
    expect(doc.querySelector('.a')?.textContent).toBe('x');
  });
});
