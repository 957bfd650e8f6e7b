/**
 * Many tabs, one file: asks for access to the window's pages (inside the click, which the prompt needs), reads the
 * tabs through the background, and saves JSON Lines or a zip. Also counts the highlighted tabs, so "Export selected
 * tabs" appears only when there are several.
 */
import browser from '../../browser';
import { runBatch, type BatchTab } from '../../batch/batch-export';
import { errorMessage } from '../../errors';
import { t } from '../../i18n';
import { sendToBackground } from '../../send';
import { requestHostAccess } from '../host-access';
import type { BatchScope, BatchState } from '../popup-state';
import { saveFile } from '../save-file';
import type { Slice, Store } from '../store';
import type { Target } from '../target';

const BUSY: ReadonlySet<BatchState['phase']> = new Set(['asking', 'running', 'saving']);

export function batchSlice(store: Store, target: Target): Slice<'setBatchFormat' | 'exportTabs'> {
  const setBatch = (patch: Partial<BatchState>) => store.update({ batch: { ...store.get().batch, ...patch } });
  const inWindow = async () => {
    const windowId = await target.windowId();
    return windowId === undefined ? { currentWindow: true } : { windowId };
  };

  /** The tabs of the target tab's window (all, or the highlighted ones), in tab order, without this page itself. */
  const batchTabs = async (scope: BatchScope): Promise<BatchTab[]> => {
    const query = { ...(await inWindow()), ...(scope === 'selected' ? { highlighted: true } : {}) };
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    return (await browser.tabs.query(query)).filter((tab) => tab.id !== self?.id).sort((a, b) => a.index - b.index);
  };

  const exportTabs = async (scope: BatchScope, access: Promise<boolean>) => {
    const format = store.get().batch.format;
    store.update({ batch: { phase: 'asking', format, done: 0, total: 0, rows: [] } });
    if (!(await access)) return setBatch({ phase: 'denied', message: t('batchDenied') });
    const startedAt = new Date();
    try {
      const tabs = await batchTabs(scope);
      setBatch({ phase: 'running', total: tabs.length });
      const outcomes = await runBatch(tabs, {
        extract: (id) => sendToBackground('extract-tab', { tabId: id, force: false }),
        now: () => new Date(),
        onProgress: ({ done, total, rows }) => setBatch({ done, total, rows }),
      });
      const exported = outcomes.filter((o) => o.status === 'exported').length;
      if (exported === 0) return setBatch({ phase: 'failed', exported, message: t(tabs.length ? 'batchNothing' : 'batchNoTabs') });
      setBatch({ phase: 'saving' });
      const { batchFile } = await import('../../batch/batch-output');
      const file = batchFile(outcomes, format, startedAt);
      const saved = await saveFile(file);
      if (saved.ok) setBatch({ phase: 'done', fileName: file.fileName, exported });
      else setBatch({ phase: 'failed', exported, message: t('batchSaveFailed', [file.fileName, saved.message]) });
    } catch (error) {
      setBatch({ phase: 'failed', message: t('batchFailed', errorMessage(error)) });
    }
  };

  return {
    start() {
      void Promise.resolve()
        .then(async () => {
          const highlighted = await browser.tabs.query({ ...(await inWindow()), highlighted: true });
          store.update({ selectedTabs: highlighted.length });
        })
        .catch(() => undefined);
    },
    actions: {
      setBatchFormat: (format) => setBatch({ format }),
      exportTabs: (scope) => {
        if (BUSY.has(store.get().batch.phase)) return;
        // First, inside the click: the permission prompt needs the user gesture.
        const access = requestHostAccess();
        void exportTabs(scope, access);
      },
    },
  };
}
