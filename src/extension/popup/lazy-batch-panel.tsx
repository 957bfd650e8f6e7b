/**
 * The many-tabs panel, loaded when it is first shown: most popups never open it, and its code (the formats, the
 * rows, their labels) kept the popup's JavaScript over its 40 KB budget. The module is part of the extension
 * package, so the load is local and takes a frame or two; until then the panel's place says it is loading.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { BatchState, PopupActions } from './popup-state';

type Panel = typeof import('./batch-panel').BatchPanel;
let loaded: Panel | null = null;
let loading: Promise<Panel> | null = null;

/** Starts the load early (e.g. when the pointer reaches the button that opens the panel). */
export function preloadBatchPanel(): Promise<Panel> {
  loading ??= import('./batch-panel').then((m) => (loaded = m.BatchPanel));
  return loading;
}

export function LazyBatchPanel(props: { batch: BatchState; selectedTabs: number; actions: PopupActions }) {
  const [Panel, setPanel] = useState<Panel | null>(() => loaded);
  useEffect(() => {
    if (!Panel) void preloadBatchPanel().then((p) => setPanel(() => p));
  }, [Panel]);
  if (Panel) return <Panel {...props} />;
  return (
    <section class="pp-loading" aria-busy="true" data-testid="batch-loading">
      <p class="pp-loading__label">
        <span class="pp-spinner" aria-hidden="true" />
        {t('loading')}
      </p>
    </section>
  );
}
