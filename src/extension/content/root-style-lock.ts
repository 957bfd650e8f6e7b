/**
 * While the reader is open, the page's <html> may not change how its descendants are drawn. The overlay's host must
 * be a child of <html>, and some of <html>'s own properties reach even the top layer: Firefox applies its `filter`
 * (an SVG filter can composite any image over the reader), both browsers its `zoom`, and `content-visibility: hidden`
 * or `display: none` there hide everything. Inline !important declarations beat every rule of the page's (CSS
 * Cascade: element-attached styles come before layers and specificity), animations cannot override important ones,
 * and `transition: none` in the same change starts none. The properties with no effect on the top layer in today's
 * browsers (opacity, transform, clip-path, mask…) are locked as well, so a browser that changes that is covered.
 *
 * On release, if the page did not touch the attribute meanwhile, it is restored exactly (or removed, if there was
 * none), so the DOM is as it was; otherwise each locked property gets the page's latest value and priority back.
 */
type Declarations = ReadonlyArray<readonly [string, string]>;

const LOCKED: Declarations = [
  ['display', 'block'],
  ['content-visibility', 'visible'],
  ['visibility', 'visible'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['opacity', '1'],
  ['zoom', '1'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['perspective', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['mix-blend-mode', 'normal'],
  ['isolation', 'auto'],
  ['contain', 'none'],
  ['will-change', 'auto'],
  ['transition', 'none'],
  ['animation', 'none'],
  // The page shows no scrollbar beside the reader's (the overlay keeps scrolling to itself: overscroll-behavior).
  // Not overflow: hidden, which made Firefox rebuild the page's frames and so fetch what they had not yet fetched
  // (a video's poster, caught by the privacy e2e); hiding the bars only reflows.
  ['scrollbar-width', 'none'],
];

/** A page whose <body> is its scroller (html, body { height: 100% } and body { overflow: auto }) hides its bar too. */
export const BODY_SCROLL_LOCK: Declarations = [['scrollbar-width', 'none']];

export interface RootStyleLock {
  release(): void;
}

export function lockRootStyle(root: HTMLElement, locked: Declarations = LOCKED): RootStyleLock {
  const original = root.getAttribute('style');
  /** What each locked property is to be on release: the page's own value and priority. */
  const saved = new Map(locked.map(([name]) => [name, { value: root.style.getPropertyValue(name), priority: root.style.getPropertyPriority(name) }]));
  const isOurs = (name: string, value: string) => root.style.getPropertyValue(name) === value && root.style.getPropertyPriority(name) === 'important';

  const apply = () => {
    for (const [name, value] of locked) if (!isOurs(name, value)) root.style.setProperty(name, value, 'important');
  };
  apply();
  let ours = root.getAttribute('style');
  let touched = false;
  // The page may rewrite or remove the attribute: put the declarations back before the next frame is drawn. Only
  // when the attribute is not the one we left: our own write is a mutation too, and must not start a loop. What the
  // page wrote for a locked property is what it gets back on release.
  const watch = new MutationObserver(() => {
    if (root.getAttribute('style') === ours) return;
    touched = true;
    for (const [name, value] of locked) {
      if (!isOurs(name, value)) saved.set(name, { value: root.style.getPropertyValue(name), priority: root.style.getPropertyPriority(name) });
    }
    apply();
    ours = root.getAttribute('style');
  });
  watch.observe(root, { attributes: true, attributeFilter: ['style'] });

  return {
    release() {
      watch.disconnect();
      if (!touched && root.getAttribute('style') === ours) {
        if (original === null) root.removeAttribute('style');
        else root.setAttribute('style', original);
        return;
      }
      for (const [name, { value, priority }] of saved) {
        if (value) root.style.setProperty(name, value, priority);
        else root.style.removeProperty(name);
      }
      if (original === null && root.getAttribute('style') === '') root.removeAttribute('style');
    },
  };
}
