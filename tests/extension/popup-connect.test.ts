// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';

const fake = vi.hoisted(() => ({
  send: vi.fn(),
  browser: {
    runtime: { getURL: (p: string) => `chrome-extension://abc/${p}`, openOptionsPage: vi.fn(async () => {}) },
    tabs: { query: vi.fn(async () => [{ id: 11 }]), create: vi.fn(async () => ({})) },
    commands: { getAll: vi.fn(async () => [{ name: 'toggle-reader', shortcut: 'Alt+Shift+Y' }]) },
    storage: { sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) }, onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
    downloads: { download: vi.fn(async () => 1) },
  },
}));
vi.mock('../../src/extension/browser', () => ({ default: fake.browser }));
vi.mock('../../src/extension/send', () => ({ sendToBackground: fake.send }));
const { connect } = await import('../../src/extension/popup/connect');

const article = { title: 'T', isArticle: true, removed: [], attendees: null } as unknown as Article;

async function settled(store: ReturnType<typeof connect>, kind: string) {
  await vi.waitFor(() => expect(store.getState().view.kind).toBe(kind));
}

describe('popup connect', () => {
  beforeEach(() => {
    fake.send.mockReset();
    history.replaceState(null, '', '/popup.html');
  });

  it('extracts the active tab and reads the shortcut', async () => {
    fake.send.mockResolvedValueOnce({ ok: true, article });
    const store = connect();
    expect(store.getState().view.kind).toBe('loading');
    await settled(store, 'ready');
    expect(fake.send).toHaveBeenCalledWith('extract-tab', { tabId: 11, force: false });
    await vi.waitFor(() => expect(store.getState().shortcut).toEqual({ keys: 'Alt+Shift+Y', howTo: 'chrome' }));
    expect(store.getState().embedded).toBe(false);
  });

  it('honours ?tab=<id>, and Extract anyway re-extracts with force', async () => {
    history.replaceState(null, '', '/popup.html?tab=42');
    fake.send.mockResolvedValueOnce({ ok: true, article: { ...article, isArticle: false } });
    const store = connect();
    await settled(store, 'not-article');
    fake.send.mockResolvedValueOnce({ ok: true, article: { ...article, isArticle: false } });
    store.actions.extractAnyway();
    await settled(store, 'ready');
    expect(fake.send.mock.calls.map((c) => c[1])).toEqual([{ tabId: 42, force: false }, { tabId: 42, force: true }]);
    expect(store.getState().embedded).toBe(true);
  });

  it('turns a thrown error into the error state, and Retry recovers', async () => {
    fake.send.mockRejectedValueOnce(new Error('Could not establish connection'));
    const store = connect();
    await settled(store, 'error');
    expect(store.getState().view).toMatchObject({ code: 'failed', message: 'Could not establish connection' });
    fake.send.mockResolvedValueOnce({ ok: true, article });
    store.actions.retry();
    await settled(store, 'ready');
  });

  it('Open reader view sends toggle-reader-tab for the target tab', async () => {
    history.replaceState(null, '', '/popup.html?tab=5');
    fake.send.mockResolvedValueOnce({ ok: true, article }).mockResolvedValueOnce({ open: true });
    const store = connect();
    await settled(store, 'ready');
    store.actions.openReader();
    await vi.waitFor(() => expect(fake.send).toHaveBeenLastCalledWith('toggle-reader-tab', { tabId: 5 }));
  });
});
