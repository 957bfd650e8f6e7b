/** Finding the reader: an extension page framed inside the overlay's closed shadow root, which selectors cannot reach. */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The reader's frame once it shows `selector` (the frame is found by its address, then asked for the selector). */
export async function readerFrame(page: Page, selector: string, timeout = 15_000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        for (const frame of page.frames()) {
          if (frame.isDetached() || !frame.url().includes('/reader.html#')) continue;
          if (await frame.$(selector).catch(() => null)) return (found = frame), true;
        }
        return false;
      },
      { timeout },
    )
    .toBe(true);
  return found!;
}
