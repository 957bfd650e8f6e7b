import { describe, expect, it, vi } from 'vitest';
import { arrayOf, isBoolean, isNumber, isString, oneOf, optional, shape, where } from '../../src/extension/check';
import { dispatch, readEnvelope, type Checks, type Handlers } from '../../src/extension/receive';

type Received = 'extract' | 'toggle-reader';
const checks = { extract: shape({ force: isBoolean }), 'toggle-reader': shape({ seen: isBoolean }) } satisfies Checks<Received>;

describe('checks typed by the message map', () => {
  it('shape checks every named field, ignores others, and refuses non-objects', () => {
    const check = shape({ n: where(isNumber, Number.isInteger), s: optional(isString), list: arrayOf(oneOf('a', 'b')) });
    expect(check({ n: 1, list: ['a', 'b'], extra: true })).toBe(true);
    expect(check({ n: 1, s: 'x', list: [] })).toBe(true);
    for (const bad of [{ n: 1.5, list: [] }, { n: 1, s: 2, list: [] }, { n: 1, list: ['c'] }, { n: 1 }, [1], null, 'n']) {
      expect(check(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('readEnvelope and dispatch', () => {
  it('accepts a known name with a payload that passes its check', () => {
    expect(readEnvelope({ type: 'extract', payload: { force: true }, extra: 1 }, checks)).toEqual({ type: 'extract', payload: { force: true } });
    expect(readEnvelope({ type: 'toggle-reader', payload: { seen: false } }, checks)).toEqual({ type: 'toggle-reader', payload: { seen: false } });
  });

  it('refuses unknown or inherited names, malformed payloads and non-messages', () => {
    for (const bad of [
      { type: 'detected', payload: {} },
      { type: 'toString', payload: {} },
      { type: 'extract', payload: { force: 'yes' } },
      { type: 'extract' },
      { type: 'toggle-reader', payload: [] },
      'extract',
      null,
    ]) {
      expect(readEnvelope(bad, checks), JSON.stringify(bad)).toBeNull();
    }
  });

  it('calls the handler of that name with the payload and the sender', async () => {
    const handlers = {
      extract: vi.fn(async () => ({ ok: false as const, code: 'empty' as const, message: 'm' })),
      'toggle-reader': vi.fn(async () => ({ open: true })),
    } satisfies Handlers<Received, string>;
    const envelope = readEnvelope({ type: 'toggle-reader', payload: { seen: false } }, checks)!;
    await expect(dispatch(handlers, envelope, 'background')).resolves.toEqual({ open: true });
    expect(handlers['toggle-reader']).toHaveBeenCalledWith({ seen: false }, 'background');
    expect(handlers.extract).not.toHaveBeenCalled();
  });
});
