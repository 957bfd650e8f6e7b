/**
 * The page as an article: asks the background to extract the target tab and shows the answer (only the newest
 * request's: Retry and Extract anyway supersede one still running), and opens the reader on that tab.
 */
import { errorMessage } from '../../errors';
import { t } from '../../i18n';
import type { ExtractResult } from '../../messages';
import { sendToBackground } from '../../send';
import type { Slice, Store } from '../store';
import type { Target } from '../target';
import { viewFromResult } from '../view-from-result';

function failure(error: unknown): ExtractResult {
  return { ok: false, code: 'failed', message: errorMessage(error) };
}

/** onReady: an article is shown; isCurrent() turns false once a newer extraction starts. */
export function extractionSlice(store: Store, target: Target, onReady: (isCurrent: () => boolean) => void): Slice<'retry' | 'extractAnyway' | 'openReader'> {
  let run = 0;
  const extract = async (force: boolean) => {
    const mine = ++run;
    store.update({ view: { kind: 'loading', forced: force }, exports: [] });
    let result: ExtractResult;
    try {
      const tabId = await target.resolve();
      result = tabId === null ? { ok: false, code: 'no-tab', message: 'no active tab' } : await sendToBackground('extract-tab', { tabId, force });
      if (!result || typeof result !== 'object') result = failure('no answer from the background');
    } catch (error) {
      result = failure(error);
    }
    if (mine !== run) return; // a newer request (Retry, Extract anyway) superseded this one
    const view = viewFromResult(result, force);
    store.update({ view });
    if (view.kind === 'ready') onReady(() => mine === run);
  };

  const openReader = async () => {
    const tabId = target.known();
    if (tabId === null) return;
    try {
      const answer = await sendToBackground('toggle-reader-tab', { tabId, seen: true }); // the button is under the article's preview
      if ('open' in answer) {
        if (answer.open && !target.embedded) window.close();
        else store.announce(t(answer.open ? 'statusReaderOpened' : 'statusReaderClosed'));
      } else {
        store.announce(t('statusReaderFailed'));
      }
    } catch {
      store.announce(t('statusReaderFailed'));
    }
  };

  return {
    start: () => void extract(false),
    actions: { retry: () => void extract(false), extractAnyway: () => void extract(true), openReader },
  };
}
