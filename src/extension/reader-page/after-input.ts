/**
 * Runs what ends the reader (close, pick) only once the person's input that asked for it is over: every key pressed
 * in here released, and the event being dispatched finished (a fresh task).
 *
 * Why: the overlay removes this frame as soon as it hears "close". Removed while Chromium is still delivering a key
 * or click to it (the keydown of Esc, then its keyup, both aimed at this focused frame), that event is never
 * acknowledged (measured: 2 closing Esc presses in 8 after other keys, headed Chromium). A person sees nothing, but
 * DevTools' Input.dispatchKeyEvent waits for that acknowledgement and never returns: the e2e hang at
 * `page.keyboard.press('Escape')`, whose odds moved with the machine's load, not with the test file run before.
 */
export interface AfterInput {
  /** Runs fn once no key pressed in this window is still down, in a task of its own. The latest fn wins. */
  run(fn: () => void): void;
  stop(): void;
}

export function afterInput(win: Window = window): AfterInput {
  const down = new Set<string>();
  let queued: (() => void) | null = null;

  const flush = () => {
    const fn = queued;
    queued = null;
    if (fn) win.setTimeout(fn, 0);
  };
  const onDown = (e: KeyboardEvent) => {
    down.add(e.code || e.key);
  };
  const onUp = (e: KeyboardEvent) => {
    down.delete(e.code || e.key);
    if (down.size === 0) flush();
  };
  // A key released after the focus left this window sends its keyup elsewhere: nothing is down here any more.
  const onBlur = () => {
    down.clear();
    flush();
  };
  win.addEventListener('keydown', onDown, true);
  win.addEventListener('keyup', onUp, true);
  win.addEventListener('blur', onBlur);

  return {
    run(fn) {
      queued = fn;
      if (down.size === 0) flush();
    },
    stop() {
      queued = null;
      win.removeEventListener('keydown', onDown, true);
      win.removeEventListener('keyup', onUp, true);
      win.removeEventListener('blur', onBlur);
    },
  };
}
