/**
 * One tab's exports: which formats are offered (the default from Options first), copying to the clipboard,
 * downloading, and the problem box when a file cannot be saved. The export code is its own chunk, loaded on demand.
 */
import { isCitationId } from '../../../core/index';
import { errorMessage } from '../../errors';
import { t } from '../../i18n';
import type { Settings } from '../../settings';
import { exportChoices, loadExports, renderExport } from '../export-adapter';
import type { PopupState } from '../popup-state';
import { saveFile } from '../save-file';
import type { Slice, Store } from '../store';

export interface ExportsSlice extends Slice<'copy' | 'download' | 'setCitation' | 'dismissExportProblem'> {
  /** An article is shown: offer its exports, unless a newer extraction started meanwhile. */
  offer(isCurrent: () => boolean): void;
  /** Settings arrived or changed: the patch that goes with them (the citation style), and the exports re-ranked. */
  followSettings(settings: Settings): Partial<PopupState>;
}

export function exportsSlice(store: Store): ExportsSlice {
  const labelOf = (formatId: string) => store.get().exports.find((e) => e.id === formatId)?.label ?? formatId;
  const rendered = async (formatId: string) => {
    const { view } = store.get();
    return view.kind === 'ready' ? renderExport(await loadExports(), formatId, view.article, new Date(), view.sourceSha256) : null;
  };

  const copy = async (formatId: string) => {
    try {
      const out = await rendered(formatId);
      if (!out) return;
      await navigator.clipboard.writeText(out.text);
      store.announce(t('statusCopied', labelOf(formatId)));
    } catch {
      store.announce(t('statusCopyFailed'));
    }
  };

  const download = async (formatId: string) => {
    let out;
    try {
      out = await rendered(formatId);
      if (!out) throw new Error(`no ${formatId} export for this page`);
    } catch (error) {
      store.update({ exportProblem: { formatId, message: t('exportBuildFailed', [labelOf(formatId), errorMessage(error)]) } });
      return;
    }
    const saved = await saveFile({ fileName: out.fileName, mime: out.mime, data: out.text });
    if (saved.ok) {
      store.update({ exportProblem: null });
      store.announce(t('statusDownloaded', out.fileName));
    } else {
      // Nothing is lost: the problem box offers to copy the very text that could not be saved.
      store.update({ exportProblem: { formatId, message: t('exportSaveFailed', [out.fileName, saved.message]) } });
    }
  };

  return {
    // Fetch the export chunk while the page is being read.
    start: () => void loadExports().catch(() => undefined),
    offer(isCurrent) {
      loadExports().then(
        (reg) => isCurrent() && store.update({ exports: exportChoices(reg, store.get().settings.defaultExport) }),
        () => undefined, // no registry chunk: the popup simply offers no copy/download buttons
      );
    },
    followSettings(settings) {
      if (store.get().exports.length) void loadExports().then((reg) => store.update({ exports: exportChoices(reg, settings.defaultExport) }));
      // The citation menu starts on the Options default when that is a citation style, else BibTeX.
      return isCitationId(settings.defaultExport) ? { citation: settings.defaultExport } : {};
    },
    actions: {
      copy,
      download,
      setCitation: (citation) => store.update({ citation }),
      dismissExportProblem: () => store.update({ exportProblem: null }),
    },
  };
}
