/**
 * The export last made (copy or download, and the format), kept in storage.local so the export menu's quick button
 * offers it again next time. Wraps the exports slice's copy and download rather than changing them.
 */
import browser from '../../browser';
import { isRecord } from '../../check';
import type { LastExport, PopupActions } from '../popup-state';
import type { Slice, Store } from '../store';

export const LAST_EXPORT_KEY = 'lastExport';

/** What storage holds, if it is a LastExport; anything else (nothing, an older shape) is null. */
export function readLastExport(raw: unknown): LastExport | null {
  if (!isRecord(raw)) return null;
  const { action, formatId } = raw;
  if ((action !== 'copy' && action !== 'download') || typeof formatId !== 'string' || !/^[a-z0-9.-]{1,20}$/.test(formatId)) return null;
  return { action, formatId };
}

export function lastExportSlice(store: Store, inner: Pick<PopupActions, 'copy' | 'download'>): Slice<'copy' | 'download'> {
  const remember = (lastExport: LastExport) => {
    store.update({ lastExport });
    // storage.local can be missing (a test double, a locked-down profile): the choice then lasts this popup only.
    void Promise.resolve()
      .then(() => browser.storage.local.set({ [LAST_EXPORT_KEY]: lastExport }))
      .catch(() => undefined);
  };
  return {
    start() {
      void Promise.resolve()
        .then(() => browser.storage.local.get(LAST_EXPORT_KEY))
        .then((got) => {
          const stored = readLastExport(got?.[LAST_EXPORT_KEY]);
          if (stored && !store.get().lastExport) store.update({ lastExport: stored });
        })
        .catch(() => undefined);
    },
    actions: {
      copy(formatId) {
        remember({ action: 'copy', formatId });
        inner.copy(formatId);
      },
      download(formatId) {
        remember({ action: 'download', formatId });
        inner.download(formatId);
      },
    },
  };
}
