// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readerHistory as make, type ReaderHistory } from '../../src/extension/reader-page/reader-history';

const made: ReaderHistory[] = [];
const readerHistory = (...args: Parameters<typeof make>) => {
  const h = make(...args);
  made.push(h);
  return h;
};
afterEach(() => made.splice(0).forEach((h) => h.stop()));

const popstate = () => new Promise<void>((r) => window.addEventListener('popstate', () => setTimeout(r, 0), { once: true }));

describe("Back closes the reader through the reader's own history entry", () => {
  it('adds no entry before the first click or key; Esc adds none', () => {
    const length = history.length;
    const h = readerHistory(window, vi.fn());
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(history.length).toBe(length);
    const done = vi.fn();
    h.leave(done);
    expect(done).toHaveBeenCalledTimes(1); // nothing to take out: closes at once
    expect(history.length).toBe(length);
  });

  it('the first key adds one entry; Back over it closes the reader, and only that', async () => {
    const onBack = vi.fn();
    readerHistory(window, onBack);
    const length = history.length;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(history.length).toBe(length + 1); // one entry, not one per input
    const back = popstate();
    history.back();
    await back;
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('closing by other means goes back over its entry first, then closes', async () => {
    const onBack = vi.fn();
    const h = readerHistory(window, onBack);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    const state = history.state;
    const done = vi.fn();
    const back = popstate();
    h.leave(done);
    expect(done).not.toHaveBeenCalled();
    await back;
    expect(done).toHaveBeenCalledTimes(1);
    expect(onBack).not.toHaveBeenCalled();
    expect(history.state).not.toEqual(state);
  });

  it('leaves the history alone when a later entry is not its own (it would undo someone else’s step)', () => {
    const h = readerHistory(window, vi.fn());
    window.dispatchEvent(new PointerEvent('pointerdown'));
    history.pushState({ page: 1 }, '');
    const length = history.length;
    const done = vi.fn();
    h.leave(done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(history.length).toBe(length);
    expect(history.state).toEqual({ page: 1 });
  });
});
