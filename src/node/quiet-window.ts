/**
 * The sanitiser's jsdom window, made to keep no event listeners. Every document jsdom creates (DOMPurify parses each page into a new one) registers nine focus, key and mouse
 * listeners on its window for its selector engine, and nothing removes them: the lists grow by one entry per page,
 * each registration scans its list for duplicates, and the listeners stay reachable. Over 10,000 pages that is
 * 90,000 listeners and a per-page cost that grows with the page count. No script runs and no event is dispatched
 * in the sanitiser's private window, so none is kept.
 */
export function quietWindow(window: Window): Window {
  Object.defineProperty(window, 'addEventListener', { value: () => undefined, configurable: true, writable: true });
  return window;
}
