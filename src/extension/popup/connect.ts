/**
 * The popup's only contact with the browser: builds PopupState and PopupActions from the target tab, the
 * background's extraction, settings, commands and clipboard, and notifies the view of every change.
 */
import browser from '../browser';
import { errorMessage } from '../errors';
import { t } from '../i18n';
import type { ExtractResult } from '../messages';
import { sendToBackground } from '../send';
import { DEFAULTS, loadSettings, subscribeSettings } from '../settings';
import { openShortcutSettings, readShortcut, unknownShortcut } from '../shortcut';
import { runBatch, type BatchTab } from '../batch/batch-export';
import { isCitationId } from '../../core/index';
import { DEFAULT_CITATION, exportChoices, loadExports, renderExport } from './export-adapter';
import { requestHostAccess } from './host-access';
import type { BatchScope, BatchState, PopupActions, PopupState, ViewState } from './popup-state';
import { saveFile } from './save-file';
import { tabIdFromSearch, viewFromResult } from './view-from-result';

export interface PopupStore {
  getState(): PopupState;
  subscribe(listener: (state: PopupState) => void): () => void;
  actions: PopupActions;
}

async function targetTabId(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function failure(error: unknown): ExtractResult {
  return { ok: false, code: 'failed', message: errorMessage(error) };
}

export function connect(): PopupStore {
  const embedded = tabIdFromSearch(location.search) !== null;
  let state: PopupState = {
    view: { kind: 'loading' },
    settings: { ...DEFAULTS },
    shortcut: unknownShortcut(),
    exports: [],
    status: '',
    embedded,
    citation: DEFAULT_CITATION,
    exportProblem: null,
    batch: { phase: 'idle', format: 'jsonl', done: 0, total: 0, rows: [] },
    selectedTabs: 0,
  };
  const listeners = new Set<(s: PopupState) => void>();
  const update = (patch: Partial<PopupState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (status: string) => {
    clearTimeout(statusTimer);
    update({ status });
    statusTimer = setTimeout(() => update({ status: '' }), 4000);
  };

  let tabId: number | null = null;
  let run = 0;
  const extract = async (force: boolean) => {
    const mine = ++run;
    update({ view: { kind: 'loading', forced: force }, exports: [] });
    let result: ExtractResult;
    try {
      tabId = tabId ?? (await targetTabId());
      result = tabId === null ? { ok: false, code: 'no-tab', message: 'no active tab' } : await sendToBackground('extract-tab', { tabId, force });
      if (!result || typeof result !== 'object') result = failure('no answer from the background');
    } catch (error) {
      result = failure(error);
    }
    if (mine !== run) return; // a newer request (Retry, Extract anyway) superseded this one
    const view: ViewState = viewFromResult(result, force);
    update({ view });
    if (view.kind === 'ready') {
      loadExports().then(
        (reg) => mine === run && update({ exports: exportChoices(reg, state.settings.defaultExport) }),
        () => undefined, // no registry chunk: the popup simply offers no copy/download buttons
      );
    }
  };

  const article = () => (state.view.kind === 'ready' ? state.view.article : null);
  const rendered = async (formatId: string) => {
    const a = article();
    return a ? renderExport(await loadExports(), formatId, a) : null;
  };

  /** The window of the tab the popup is about (the current window when that tab is gone or unknown). */
  const targetWindowId = async (): Promise<number | undefined> => {
    const target = tabId ?? (await targetTabId());
    return target === null ? undefined : browser.tabs.get(target).then((t) => t.windowId, () => undefined);
  };

  const setBatch = (patch: Partial<BatchState>) => update({ batch: { ...state.batch, ...patch } });

  /** The tabs of the target tab's window (all, or the highlighted ones), in tab order, without this page itself. */
  const batchTabs = async (scope: BatchScope): Promise<BatchTab[]> => {
    const windowId = await targetWindowId();
    const query = { ...(windowId === undefined ? { currentWindow: true } : { windowId }), ...(scope === 'selected' ? { highlighted: true } : {}) };
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    return (await browser.tabs.query(query)).filter((t) => t.id !== self?.id).sort((a, b) => a.index - b.index);
  };

  const exportTabs = async (scope: BatchScope, access: Promise<boolean>) => {
    const format = state.batch.format;
    update({ batch: { phase: 'asking', format, done: 0, total: 0, rows: [] } });
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
      const { batchFile } = await import('../batch/batch-output');
      const file = batchFile(outcomes, format, startedAt);
      const saved = await saveFile(file);
      if (saved.ok) setBatch({ phase: 'done', fileName: file.fileName, exported });
      else setBatch({ phase: 'failed', exported, message: t('batchSaveFailed', [file.fileName, saved.message]) });
    } catch (error) {
      setBatch({ phase: 'failed', message: t('batchFailed', errorMessage(error)) });
    }
  };

  const actions: PopupActions = {
    retry: () => void extract(false),
    extractAnyway: () => void extract(true),
    openReader: async () => {
      if (tabId === null) return;
      try {
        const answer = await sendToBackground('toggle-reader-tab', { tabId });
        if ('open' in answer) {
          if (answer.open && !embedded) window.close();
          else announce(t(answer.open ? 'statusReaderOpened' : 'statusReaderClosed'));
        } else {
          announce(t('statusReaderFailed'));
        }
      } catch {
        announce(t('statusReaderFailed'));
      }
    },
    copy: async (formatId) => {
      try {
        const out = await rendered(formatId);
        if (!out) return;
        await navigator.clipboard.writeText(out.text);
        announce(t('statusCopied', state.exports.find((e) => e.id === formatId)?.label ?? formatId));
      } catch {
        announce(t('statusCopyFailed'));
      }
    },
    download: async (formatId) => {
      const label = () => state.exports.find((e) => e.id === formatId)?.label ?? formatId;
      let out;
      try {
        out = await rendered(formatId);
        if (!out) throw new Error(`no ${formatId} export for this page`);
      } catch (error) {
        update({ exportProblem: { formatId, message: t('exportBuildFailed', [label(), errorMessage(error)]) } });
        return;
      }
      const saved = await saveFile({ fileName: out.fileName, mime: out.mime, data: out.text });
      if (saved.ok) {
        update({ exportProblem: null });
        announce(t('statusDownloaded', out.fileName));
      } else {
        // Nothing is lost: the problem box offers to copy the very text that could not be saved.
        update({ exportProblem: { formatId, message: t('exportSaveFailed', [out.fileName, saved.message]) } });
      }
    },
    setCitation: (citation) => update({ citation }),
    dismissExportProblem: () => update({ exportProblem: null }),
    setBatchFormat: (format) => update({ batch: { ...state.batch, format } }),
    exportTabs: (scope) => {
      if (['asking', 'running', 'saving'].includes(state.batch.phase)) return;
      // First, inside the click: the permission prompt needs the user gesture.
      const access = requestHostAccess();
      void exportTabs(scope, access);
    },
    openOptions: () => void browser.runtime.openOptionsPage().then(() => !embedded && window.close()),
    changeShortcut: async () => {
      await openShortcutSettings();
      if (!embedded) window.close();
    },
  };

  // The citation menu starts on the Options default when that is a citation style, else BibTeX.
  const withSettings = (settings: PopupState['settings']) => {
    update({ settings, ...(isCitationId(settings.defaultExport) ? { citation: settings.defaultExport } : {}) });
    if (state.exports.length) void loadExports().then((reg) => update({ exports: exportChoices(reg, settings.defaultExport) }));
  };
  void loadSettings().then(withSettings);
  subscribeSettings(withSettings);
  void Promise.resolve()
    .then(async () => {
      const windowId = await targetWindowId();
      const highlighted = await browser.tabs.query({ ...(windowId === undefined ? { currentWindow: true } : { windowId }), highlighted: true });
      update({ selectedTabs: highlighted.length });
    })
    .catch(() => undefined);
  void readShortcut()
    .then((shortcut) => update({ shortcut }))
    .catch(() => undefined);
  void extract(false);
  void loadExports().catch(() => undefined); // fetch the export chunk while the page is being read

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
  };
}
