// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';

const fake = vi.hoisted(() => ({
  send: vi.fn(),
  browser: {
    runtime: { getURL: (p: string) => `chrome-extension://abc/${p}`, openOptionsPage: vi.fn(async () => {}) },
    tabs: {
      query: vi.fn(async (): Promise<unknown[]> => [{ id: 11 }]),
      create: vi.fn(async () => ({})),
      get: vi.fn(async (id: number) => ({ id, windowId: 3 })),
      getCurrent: vi.fn(async () => undefined),
    },
    permissions: { request: vi.fn(async () => true) },
    commands: { getAll: vi.fn(async () => [{ name: 'toggle-reader', shortcut: 'Alt+Shift+Y' }]) },
    storage: { sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) }, onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
    downloads: { download: vi.fn(async () => 1) },
  },
}));
vi.mock('../../src/extension/browser', () => ({ default: fake.browser }));
vi.mock('../../src/extension/send', () => ({ sendToBackground: fake.send }));
const { connect } = await import('../../src/extension/popup/connect');
const { setFallbackMessages } = await import('../../src/extension/i18n');
const en = (await import('../../public/_locales/en/messages.json')).default;

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
    await vi.waitFor(() => expect(fake.send).toHaveBeenLastCalledWith('toggle-reader-tab', { tabId: 5, seen: true }));
  });

  it('a download the browser refuses leaves a clear problem with the text still copyable', async () => {
    fake.send.mockImplementation(async (type: string) =>
      type === 'extract-tab' ? { ok: true, article: { ...article, url: 'https://x.test/a', html: '<p>Body</p>', text: 'Body', paragraphs: ['Body'], images: [] } }
      : type === 'download-file' ? { ok: false, message: 'Invalid filename', retryInPage: false }
      : undefined,
    );
    setFallbackMessages(en);
    const store = connect();
    await settled(store, 'ready');
    await vi.waitFor(() => expect(store.getState().exports.length).toBeGreaterThan(0));
    store.actions.download('md');
    await vi.waitFor(() => expect(store.getState().exportProblem).not.toBeNull());
    expect(store.getState().exportProblem).toMatchObject({ formatId: 'md', message: expect.stringContaining('Invalid filename') });
    const saved = fake.send.mock.calls.find((c) => c[0] === 'download-file')![1];
    expect(saved).toMatchObject({ encoding: 'utf8', fileName: expect.stringMatching(/\.md$/) });
    expect(saved.data).toContain('# T');
    setFallbackMessages(null);
    fake.send.mockReset();
  });

  it('many tabs: a refused permission stops before reading any tab; granted, it reads the window in tab order', async () => {
    fake.send.mockImplementation(async (type: string, payload: { tabId: number }) =>
      type === 'extract-tab' ? (payload.tabId === 11 ? { ok: true, article } : { ok: false, code: 'failed', message: 'boom' }) : { ok: true, id: 1 },
    );
    const store = connect();
    await settled(store, 'ready');
    fake.browser.permissions.request.mockResolvedValueOnce(false);
    store.actions.exportTabs('window');
    await vi.waitFor(() => expect(store.getState().batch.phase).toBe('denied'));
    expect(fake.send.mock.calls.filter((c) => c[0] === 'extract-tab')).toHaveLength(1); // only the popup's own page

    fake.browser.tabs.query.mockResolvedValueOnce([
      { id: 12, index: 2, url: 'https://b.test/' },
      { id: 11, index: 0, url: 'https://a.test/' },
      { id: 13, index: 1, url: 'chrome://settings/' },
    ]);
    store.actions.exportTabs('window');
    await vi.waitFor(() => expect(['done', 'failed']).toContain(store.getState().batch.phase));
    const { batch } = store.getState();
    expect(batch.rows.map((r) => [r.tabId, r.status])).toEqual([[11, 'exported'], [13, 'skipped'], [12, 'failed']]);
    expect(fake.browser.tabs.query).toHaveBeenLastCalledWith({ windowId: 3 });
    expect(batch).toMatchObject({ phase: 'done', exported: 1, fileName: expect.stringMatching(/-lucid-reader-3-tabs\.jsonl$/) });
    fake.send.mockReset();
  });
});
