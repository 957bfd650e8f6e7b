/**
 * The popup's only contact with the browser: builds PopupState and PopupActions from the target tab, the
 * background's extraction, settings, commands and clipboard, and notifies the view of every change.
 */
import browser from '../browser';
import { t } from '../i18n';
import type { ExtractResult } from '../messages';
import { sendToBackground } from '../send';
import { DEFAULTS, loadSettings, subscribeSettings } from '../settings';
import { exportChoices, loadExports, renderExport } from './export-adapter';
import type { PopupActions, PopupState, ViewState } from './popup-state';
import { shortcutFrom, tabIdFromSearch, viewFromResult } from './view-from-result';

export interface PopupStore {
  getState(): PopupState;
  subscribe(listener: (state: PopupState) => void): () => void;
  actions: PopupActions;
}

const isFirefox = () => browser.runtime.getURL('').startsWith('moz-extension:');

async function targetTabId(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function failure(error: unknown): ExtractResult {
  return { ok: false, code: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export function connect(): PopupStore {
  const embedded = tabIdFromSearch(location.search) !== null;
  let state: PopupState = {
    view: { kind: 'loading' },
    settings: { ...DEFAULTS },
    shortcut: { keys: null, howTo: isFirefox() ? 'firefox' : 'chrome' },
    exports: [],
    status: '',
    embedded,
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
      const out = await rendered(formatId).catch(() => null);
      if (!out) return announce(t('statusExportFailed'));
      const url = URL.createObjectURL(new Blob([out.text], { type: out.mime }));
      try {
        await browser.downloads.download({ url, filename: out.fileName, saveAs: false });
        announce(t('statusDownloaded', out.fileName));
      } catch {
        // No downloads permission or API: a plain download link does the same from an extension page.
        const link = Object.assign(document.createElement('a'), { href: url, download: out.fileName });
        link.click();
        announce(t('statusDownloaded', out.fileName));
      }
      // Firefox reads the blob after download() resolves; revoke later rather than at once.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    openOptions: () => void browser.runtime.openOptionsPage().then(() => !embedded && window.close()),
    changeShortcut: async () => {
      const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
      if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
      else if (!isFirefox()) await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      if (!embedded) window.close();
    },
  };

  void loadSettings().then((settings) => update({ settings }));
  subscribeSettings((settings) => update({ settings }));
  void browser.commands
    .getAll()
    .then((commands) => {
      const api = browser.commands as { openShortcutSettings?: unknown };
      update({ shortcut: shortcutFrom(commands, isFirefox() ? 'firefox' : 'chrome', typeof api.openShortcutSettings === 'function') });
    })
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
