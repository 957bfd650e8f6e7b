/**
 * A jump inside the reader that stays where it was put. The overlay keeps the reader's frame on top of the page's top
 * layer by re-promoting its popover every 200 ms (content/top-layer-guard.ts), and in Chromium a re-promotion that
 * comes just after a script scrolled the frame puts the frame back where it was before the scroll (seen in the
 * contents e2e: the heading reached the top, and a frame later the reader was at 0 again, with no script or input
 * involved). So a jump is asserted again, unless the person acts first, for several guard periods: the guard runs on
 * the page's thread, and when that thread is busy (the page's own scripts, or the attendee pass the content script
 * runs right after the article reaches the reader) its next re-promotion comes late. 320 ms, one period and a bit,
 * was not enough once the attendee pass ran there (the contents e2e failed again).
 */
const HOLD_MS = 1500;
const PERSON = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/** Brings `el` to the top of its document's scroller (its scroll-margin applies) and holds it there for HOLD_MS. */
export function jumpTo(el: Element): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  el.scrollIntoView({ block: 'start' });
  const scroller = doc.scrollingElement;
  if (!win || !scroller) return;
  const target = scroller.scrollTop;
  const start = win.performance.now();
  let acted = false;
  const onPerson = () => {
    acted = true;
  };
  for (const type of PERSON) win.addEventListener(type, onPerson, { capture: true, passive: true });
  const tick = () => {
    if (!acted && el.isConnected && Math.abs(scroller.scrollTop - target) > 1) el.scrollIntoView({ block: 'start' });
    if (!acted && el.isConnected && win.performance.now() - start < HOLD_MS) win.requestAnimationFrame(tick);
    else for (const type of PERSON) win.removeEventListener(type, onPerson, { capture: true });
  };
  win.requestAnimationFrame(tick);
}
