/** The popup view's props for tests: one place, so a new state field or action reaches every popup test at once. */
import { vi } from 'vitest';
import type { PopupActions, PopupState, ViewState } from '../../src/extension/popup/popup-state';
import type { Settings } from '../../src/extension/settings';

/** Every action a spy. */
export function popupActions(): PopupActions {
  return {
    retry: vi.fn(),
    extractAnyway: vi.fn(),
    openReader: vi.fn(),
    copy: vi.fn(),
    download: vi.fn(),
    openOptions: vi.fn(),
    changeShortcut: vi.fn(),
    setCitation: vi.fn(),
    dismissExportProblem: vi.fn(),
    setBatchFormat: vi.fn(),
    exportTabs: vi.fn(),
    showPanel: vi.fn(),
    setReaderSite: vi.fn(),
  };
}

/** A popup at rest on `view`; settings come from the caller, which imported them after mocking the browser. */
export function popupState(settings: Settings, view: ViewState, over: Partial<PopupState> = {}): PopupState {
  return {
    view,
    settings,
    shortcut: { keys: 'Alt+Shift+Y', howTo: 'chrome' },
    exports: [],
    status: '',
    embedded: false,
    citation: 'bibtex',
    exportProblem: null,
    batch: { phase: 'idle', format: 'jsonl', done: 0, total: 0, rows: [] },
    selectedTabs: 1,
    lastExport: null,
    panel: 'page',
    readerSites: [],
    ...over,
  };
}
