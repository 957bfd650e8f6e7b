/**
 * Keeps the reader on top of the top layer while it is open. The top layer paints in the order elements entered it,
 * so a page that shows a dialog, a popover or a fullscreen element after the reader opened would be drawn above it
 * (a fake password prompt "inside" the reader). The reader is two layers: a modal <dialog>, which makes everything
 * else in the document inert (so nothing of the page's takes a click or a key while the reader is the top modal
 * dialog), and inside it a manual popover that holds the frame and paints it.
 *
 * Re-promoting means taking the element out of the top layer and putting it back in, at the end. The popover is
 * re-promoted on every check (cheap: a manual popover moves no focus, and its box is kept while it is briefly out);
 * the dialog only when it lost the top (a page's modal dialog took the focus, or a new one is open), since that
 * moves the focus and is announced again by screen readers. In Chromium a popover re-promotion that comes just after
 * the reader scrolled itself by script can undo that scroll: the reader's jumps hold their place (reader/steady-scroll.ts).
 *
 * The checks run on a timer, on every change of an `open` attribute in the document (showModal and show set it), on
 * the reader's own report that its window lost the focus, and on hints: window events (toggle, focusin,
 * fullscreenchange). A page can stop window events from reaching our listeners (its capture listeners run first),
 * never the timer, a MutationObserver or the reader frame's report, so those are what the guarantees rest on.
 *
 * What a content script cannot do: the document's observers do not see into the page's own shadow roots. A page that
 * re-shows a popover from inside one, in a loop, can keep drawing it above the reader between two checks; it is
 * inert (takes no input). A modal dialog shown from inside one takes the focus until the reader frame's report of its
 * blur arrives (a few milliseconds; the page cannot see the person's keys to time it). Neither is stronger than what
 * a page can always do: remove the reader and draw a fake one.
 */
const CHECK_MS = 200;
/** At most this many dialog re-promotions a second: a page that fights for the focus must not freeze the tab. */
const MAX_PROMOTIONS_PER_SECOND = 10;
const HINTS = ['beforetoggle', 'toggle', 'focusin', 'fullscreenchange'] as const;

export interface TopLayerGuard {
  /** Runs the checks now (e.g. when the reader frame reports it lost the focus). */
  check(): void;
  /** Whether the dialog is being re-promoted (its close event is ours, not the person's). */
  readonly promoting: boolean;
  stop(): void;
}

export interface GuardedLayers {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  layer: HTMLElement;
  /** Gives the reader the focus; true when it has it afterwards. */
  focusReader(): boolean;
  /** The reader cannot be kept on top any longer (its host was moved or removed): close it. */
  onLost(): void;
}

/** el.matches(selector), or `otherwise` in a browser that does not know the selector. */
const matchesOr = (el: Element, selector: string, otherwise: boolean): boolean => {
  try {
    return el.matches(selector);
  } catch {
    return otherwise;
  }
};

const openTopLayerElements = (): Set<Element> => {
  try {
    return new Set(document.querySelectorAll(':modal, :popover-open'));
  } catch {
    return new Set(); // a browser without one of the pseudo-classes: the timer's popover re-promotion still runs
  }
};

export function guardTopLayer({ host, dialog, layer, focusReader, onLost }: GuardedLayers): TopLayerGuard {
  let promoting = false;
  let stopped = false;
  let seen = openTopLayerElements();
  let promotions: number[] = [];

  const promoteLayer = () => {
    try {
      if (matchesOr(layer, ':popover-open', true)) layer.hidePopover();
      layer.showPopover();
    } catch {
      // not connected any more: the next check closes the reader
    }
  };

  const promoteDialog = () => {
    const now = performance.now();
    promotions = promotions.filter((t) => now - t < 1000);
    if (promotions.length >= MAX_PROMOTIONS_PER_SECOND) return;
    promotions.push(now);
    promoting = true;
    try {
      if (dialog.open) dialog.close();
      dialog.showModal();
    } catch {
      onLost();
      return;
    } finally {
      promoting = false;
    }
    promoteLayer();
    focusReader();
  };

  const check = () => {
    if (stopped) return;
    if (host.parentNode !== document.documentElement || !dialog.isConnected) {
      onLost();
      return;
    }
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const open = openTopLayerElements();
    const newcomer = [...open].some((el) => !seen.has(el));
    seen = open;
    // The page's nodes are inert while our dialog is the top modal one, so the focus can only leave the reader for
    // them when it is not: then the dialog goes back on top.
    const lostFocus = document.activeElement !== host && !focusReader();
    if (newcomer || lostFocus || !dialog.open || !matchesOr(dialog, ':modal', true)) promoteDialog();
    else promoteLayer();
  };

  const hint = () => queueMicrotask(check);
  // showModal() and show() set the dialog's open attribute: a mutation, which no page can hide from an observer, and
  // whose callback runs before the next task, so before any key press could reach a dialog that took the focus.
  const opened = new MutationObserver(check);
  opened.observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
  for (const type of HINTS) window.addEventListener(type, hint, true);
  const timer = window.setInterval(check, CHECK_MS);
  // The host's place: a page that moves it (into an element with a filter, say) or removes it has closed the reader.
  const place = new MutationObserver(() => {
    if (host.parentNode !== document.documentElement) onLost();
  });
  place.observe(document.documentElement, { childList: true });

  return {
    check,
    get promoting() {
      return promoting;
    },
    stop() {
      stopped = true;
      window.clearInterval(timer);
      place.disconnect();
      opened.disconnect();
      for (const type of HINTS) window.removeEventListener(type, hint, true);
    },
  };
}
