/**
 * Calls back when the page's URL changes without a new document (SPA navigations). A content script cannot patch
 * the page's history.pushState (different JS world), so: the Navigation API's currententrychange where the
 * browser has it (it also fires for pushState/replaceState), else a URL comparison on the cheap events that
 * follow most SPA navigations (popstate, clicks, focus, becoming visible). No timers run while nothing happens.
 */
export function watchUrl(onChange: (url: string) => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', check);
    return;
  }
  // Clicks start most SPA navigations; the router updates the URL a moment later.
  const later = () => setTimeout(check, 300);
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  addEventListener('focus', check);
  addEventListener('click', later, { capture: true, passive: true });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
}
