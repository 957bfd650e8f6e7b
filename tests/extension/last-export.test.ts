import { describe, expect, it, vi } from 'vitest';

const stored = vi.hoisted(() => ({ value: {} as Record<string, unknown> }));
vi.mock('../../src/extension/browser', () => ({
  default: {
    storage: {
      local: {
        get: vi.fn(async (key: string) => ({ [key]: stored.value[key] })),
        set: vi.fn(async (items: Record<string, unknown>) => Object.assign(stored.value, items)),
      },
    },
  },
}));
const { lastExportSlice, readLastExport, LAST_EXPORT_KEY } = await import('../../src/extension/popup/slices/last-export');
const { createStore } = await import('../../src/extension/popup/store');
type State = Parameters<typeof createStore>[0];

const store = () => createStore({ lastExport: null } as unknown as State);

describe('last export', () => {
  it('reads only a well-formed choice from storage', () => {
    expect(readLastExport({ action: 'copy', formatId: 'md' })).toEqual({ action: 'copy', formatId: 'md' });
    expect(readLastExport({ action: 'download', formatId: 'csl' })).toEqual({ action: 'download', formatId: 'csl' });
    for (const bad of [undefined, null, 'md', [], { action: 'print', formatId: 'md' }, { action: 'copy' }, { action: 'copy', formatId: '<img>' }]) {
      expect(readLastExport(bad)).toBeNull();
    }
  });

  it('remembers each copy and download in storage.local, runs it, and offers it in the next popup', async () => {
    const inner = { copy: vi.fn(), download: vi.fn() };
    const first = store();
    const slice = lastExportSlice(first, inner);
    slice.actions.download('ris');
    expect(inner.download).toHaveBeenCalledWith('ris');
    expect(first.get().lastExport).toEqual({ action: 'download', formatId: 'ris' });
    slice.actions.copy('txt');
    expect(inner.copy).toHaveBeenCalledWith('txt');
    await vi.waitFor(() => expect(stored.value[LAST_EXPORT_KEY]).toEqual({ action: 'copy', formatId: 'txt' }));

    const next = store();
    lastExportSlice(next, inner).start?.();
    await vi.waitFor(() => expect(next.get().lastExport).toEqual({ action: 'copy', formatId: 'txt' }));
  });
});
