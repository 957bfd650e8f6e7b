import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupState } from '../../src/extension/popup/popup-state';
import { createStore } from '../../src/extension/popup/store';

const initial = { status: '', selectedTabs: 0 } as PopupState;

describe('popup store', () => {
  afterEach(() => vi.useRealTimers());

  it('patches the one state and tells every listener until it unsubscribes', () => {
    const store = createStore(initial);
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.selectedTabs));
    store.update({ selectedTabs: 2 });
    stop();
    store.update({ selectedTabs: 3 });
    expect(seen).toEqual([2]);
    expect(store.get()).toMatchObject({ selectedTabs: 3, status: '' });
  });

  it('an announcement is cleared after a while, and a newer one restarts the wait', () => {
    vi.useFakeTimers();
    const store = createStore(initial);
    store.announce('Copied');
    vi.advanceTimersByTime(3000);
    store.announce('Downloaded');
    vi.advanceTimersByTime(3000);
    expect(store.get().status).toBe('Downloaded');
    vi.advanceTimersByTime(1000);
    expect(store.get().status).toBe('');
  });
});
