// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterInput } from '../../src/extension/reader-page/after-input';

const key = (type: 'keydown' | 'keyup', code: string) => window.dispatchEvent(new KeyboardEvent(type, { key: code, code }));

describe('afterInput: what removes the reader frame waits for the input that asked for it', () => {
  afterEach(() => vi.useRealTimers());

  it('with no key down, runs in a task of its own, not during the event', () => {
    vi.useFakeTimers();
    const input = afterInput();
    const fn = vi.fn();
    input.run(fn);
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
    input.stop();
  });

  it('Esc pressed: waits for its release, and for every other key held with it', () => {
    vi.useFakeTimers();
    const input = afterInput();
    const fn = vi.fn();
    key('keydown', 'ShiftLeft');
    key('keydown', 'Escape');
    input.run(fn);
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
    key('keyup', 'Escape');
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
    key('keyup', 'ShiftLeft');
    expect(fn).not.toHaveBeenCalled(); // not inside the keyup either
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
    input.stop();
  });

  it('the window losing the focus lets it run (the keyup goes elsewhere); it runs once', () => {
    vi.useFakeTimers();
    const input = afterInput();
    const fn = vi.fn();
    key('keydown', 'Escape');
    input.run(fn);
    window.dispatchEvent(new Event('blur'));
    vi.runAllTimers();
    key('keyup', 'Escape');
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
    input.stop();
  });
});
