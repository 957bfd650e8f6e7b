/**
 * The always-on content script (every http/https page, at document_idle): is this page an article? It tells the
 * background, which lights up the toolbar button. Only detectArticle is bundled here (no Readability, no Preact,
 * no polyfill): it runs on every page the person visits.
 */
import { detectArticle } from '../../core/index';
import { postToBackground } from './runtime-lite';
import { watchUrl } from './watch-url';

/** SPA routers render the new view after the URL changes; give them a moment before looking. */
const SPA_SETTLE_MS = 800;

function detect(): void {
  const start = performance.now();
  const url = location.href;
  // Only the verdict is needed here: stop reading the page once it cannot change.
  const result = detectArticle(document, url, undefined, undefined, { stopWhenDecided: true, path: location.pathname });
  const ms = performance.now() - start;
  const message = { url, title: document.title, detection: { score: result.score, signals: result.signals }, isArticle: result.isArticle, ms };
  // Sent from a task of its own: the first message from a page's content-script world sets up the messaging API
  // (0.41-0.47 ms in `npm run bench:extension`, about half as much as the detector), and two short tasks leave the
  // page room to handle input between them. It also lets a trace tell the detector's CPU time from the message's.
  setTimeout(() => {
    postToBackground('detected', message);
    watchRestores();
  }, 0);
}

let watchingRestores = false;

/**
 * A page restored from the back/forward cache keeps this script's world, so the script does not run again, but not
 * its toolbar mark: the browser resets the tab's action state on that navigation (the background clears it on every
 * URL change too). Look again when it comes back. Listening from the first report on, not from the script's start:
 * by then the load's own pageshow has usually fired, and a listener there would be called on every page load
 * (0.02-0.03 ms of CPU a load, traced with a throwaway build; `npm run bench:extension` counts and times any such
 * call). Adding the listener costs the message's task about 0.04 ms (message ours / floor 1.11-1.19 in six runs,
 * 1.03-1.07 without it).
 */
function watchRestores(): void {
  if (watchingRestores) return;
  watchingRestores = true;
  addEventListener('pageshow', (event) => (event as PageTransitionEvent).persisted && idle(detect));
}

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0);

if (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml') {
  // A page Chrome prerenders (speculation rules: a search engine's top result, a likely next link) runs this script
  // while the tab still shows the page before it. Its report then comes from a frame that is not the tab's top frame
  // (the background accepts reports from frame 0 only), and the script does not run again once the page is shown:
  // the article would never be marked. So wait until it is shown (tests/e2e/prerender.e2e.test.ts).
  if ((document as { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', () => idle(detect), { once: true });
  else idle(detect);
  let pending: ReturnType<typeof setTimeout> | undefined;
  watchUrl(() => {
    clearTimeout(pending);
    pending = setTimeout(() => idle(detect), SPA_SETTLE_MS);
  });
}
