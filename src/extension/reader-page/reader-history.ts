/**
 * Back closes the reader, and the page's own history is left alone: the reader adds one entry of its own, in its own
 * frame (a same-document pushState in reader.html). The joint session history then ends with that entry; Back takes
 * the frame back to its first entry (a popstate here, none in the page: its document, URL and history.state do not
 * change, so a single-page app's router sees nothing) and the reader closes.
 *
 * The entry is added at the person's first click or key in the reader, not on opening: Chromium's Back button skips
 * entries added by a frame that has had no user activation (its history-manipulation intervention), so an entry
 * pushed on opening would make Back leave the page instead. Closing any other way takes the entry back out first,
 * when it is still the latest one, so no dead Back step is left behind.
 */
const MARK = 'lucidReaderEntry';
/** A history.back() whose popstate has not come by then is not coming: close anyway. */
const BACK_GIVE_UP_MS = 1000;

export interface ReaderHistory {
  /** Closes by other means than Back: goes back over the reader's own entry first if it is the latest, then done(). */
  leave(done: () => void): void;
  stop(): void;
}

export function readerHistory(win: Window, onBack: () => void): ReaderHistory {
  const ours = () => {
    const state: unknown = win.history.state;
    return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[MARK] === true;
  };
  let pushed = false;
  let lengthAfterPush = 0;
  let afterBack: (() => void) | null = null;

  const push = (e: Event) => {
    if (pushed) return;
    // Esc is on its way out: an entry added now would only be taken out again.
    if (e instanceof KeyboardEvent && e.key === 'Escape') return;
    win.history.pushState({ [MARK]: true }, '');
    pushed = true;
    lengthAfterPush = win.history.length;
    win.removeEventListener('pointerdown', push, true);
    win.removeEventListener('keydown', push, true);
  };
  win.addEventListener('pointerdown', push, true);
  win.addEventListener('keydown', push, true);

  const onPop = () => {
    if (!pushed || ours()) return;
    pushed = false;
    const done = afterBack ?? onBack;
    afterBack = null;
    done();
  };
  win.addEventListener('popstate', onPop);

  return {
    leave(done) {
      // Only while our entry is the latest of the tab's history: otherwise back() would undo someone else's step.
      if (pushed && ours() && win.history.length === lengthAfterPush) {
        let called = false;
        const once = () => {
          if (!called) (called = true), done();
        };
        afterBack = once;
        win.history.back();
        win.setTimeout(once, BACK_GIVE_UP_MS);
      } else done();
    },
    stop() {
      win.removeEventListener('pointerdown', push, true);
      win.removeEventListener('keydown', push, true);
      win.removeEventListener('popstate', onPop);
    },
  };
}
