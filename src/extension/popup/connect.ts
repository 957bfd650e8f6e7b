/**
 * The popup's only contact with the browser: composes the store and its slices (extraction, exports, batch,
 * shortcut, settings) into the {state, actions} interface PopupView renders; tests build that interface by hand.
 */
import { DEFAULTS } from '../settings';
import { unknownShortcut } from '../shortcut';
import { DEFAULT_CITATION } from './export-adapter';
import type { PopupActions, PopupState } from './popup-state';
import { batchSlice } from './slices/batch';
import { exportsSlice } from './slices/exports';
import { extractionSlice } from './slices/extraction';
import { lastExportSlice } from './slices/last-export';
import { readerSitesSlice } from './slices/reader-sites';
import { settingsSlice } from './slices/settings';
import { shortcutsSlice } from './slices/shortcuts';
import { createStore } from './store';
import { popupTarget } from './target';

export interface PopupStore {
  getState(): PopupState;
  subscribe(listener: (state: PopupState) => void): () => void;
  actions: PopupActions;
}

function initialState(embedded: boolean): PopupState {
  return {
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
    lastExport: null,
    panel: 'page',
    readerSites: [],
  };
}

export function connect(): PopupStore {
  const target = popupTarget();
  const store = createStore(initialState(target.embedded));
  const exports = exportsSlice(store);
  const extraction = extractionSlice(store, target, exports.offer);
  const batch = batchSlice(store, target);
  const lastExport = lastExportSlice(store, exports.actions);
  const shortcuts = shortcutsSlice(store, target);
  const settings = settingsSlice(store, target, exports.followSettings);
  const readerSites = readerSitesSlice(store);
  // The export chunk is fetched last, once the page's extraction is under way.
  for (const slice of [settings, batch, shortcuts, extraction, readerSites, lastExport, exports]) slice.start?.();
  const actions: PopupActions = {
    ...extraction.actions,
    ...exports.actions,
    ...lastExport.actions,
    ...batch.actions,
    ...shortcuts.actions,
    ...settings.actions,
    ...readerSites.actions,
    showPanel: (panel) => store.update({ panel }),
  };
  return { getState: store.get, subscribe: store.subscribe, actions };
}
