/**
 * Many tabs, one file: the popup's own view for it (the article is not squeezed beside it). The way back to the
 * page, the scope buttons, the file format, then a progress bar and each tab's fate.
 */
import { t } from '../i18n';
import { BATCH_FORMATS, type BatchFormat, type BatchReason, type BatchRow, type RowStatus } from '../batch/batch-export';
import { displayHost } from '../reader/format';
import type { BatchState, PopupActions } from './popup-state';

const FORMAT_LABELS: Record<BatchFormat, string> = { jsonl: 'batchFormatJsonl', zip: 'batchFormatZip' };

const STATUS_LABELS: Record<RowStatus, string> = {
  pending: 'batchStatusPending',
  running: 'batchStatusRunning',
  exported: 'batchStatusExported',
  skipped: 'batchStatusSkipped',
  failed: 'batchStatusFailed',
};

const REASON_LABELS: Record<BatchReason, string> = {
  restricted: 'batchReasonRestricted',
  'no-tab': 'batchReasonNoTab',
  'not-html': 'batchReasonNotHtml',
  'too-large': 'batchReasonTooLarge',
  empty: 'batchReasonEmpty',
  failed: 'batchReasonFailed',
  'not-article': 'batchReasonNotArticle',
  discarded: 'batchReasonDiscarded',
};

function Row({ row }: { row: BatchRow }) {
  const where = row.title || (row.url && /^https?:/i.test(row.url) ? displayHost(row.url) : row.url) || t('batchUnknownTab');
  return (
    <li class={`pp-batch__row pp-batch__row--${row.status}`} data-testid="batch-row" data-status={row.status} data-reason={row.reason} data-url={row.url}>
      <span class="pp-batch__where" title={row.url}>
        {where}
      </span>
      <span class="pp-batch__status" title={row.message}>
        {row.reason ? t(REASON_LABELS[row.reason]) : t(STATUS_LABELS[row.status])}
      </span>
    </li>
  );
}

function Summary({ batch }: { batch: BatchState }) {
  switch (batch.phase) {
    case 'asking':
      return <>{t('batchAsking')}</>;
    case 'running':
      return <>{t('batchProgress', [batch.done, batch.total])}</>;
    case 'saving':
      return <>{t('batchSaving')}</>;
    case 'done':
      return <>{t('batchDone', [batch.exported ?? 0, batch.total, batch.fileName ?? ''])}</>;
    default:
      return <>{batch.message ?? ''}</>;
  }
}

export function BatchPanel({ batch, selectedTabs, actions }: { batch: BatchState; selectedTabs: number; actions: PopupActions }) {
  const busy = batch.phase === 'asking' || batch.phase === 'running' || batch.phase === 'saving';
  return (
    <section class="pp-batch" aria-labelledby="pp-batch-title" data-testid="batch" data-phase={batch.phase}>
      <button type="button" class="pp-link pp-batch__back" data-testid="back-to-page" onClick={() => actions.showPanel('page')}>
        {t('batchBack')}
      </button>
      <h1 id="pp-batch-title" class="pp-batch__title">
        {t('batchTitle')}
      </h1>
      <p class="pp-batch__intro">{t('batchIntro')}</p>
      <div class="pp-batch__controls">
        <select
          class="pp-select"
          data-testid="batch-format"
          aria-label={t('batchFormatLabel')}
          value={batch.format}
          disabled={busy}
          onChange={(event) => actions.setBatchFormat((event.currentTarget as HTMLSelectElement).value as BatchFormat)}
        >
          {BATCH_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
      </div>
      <div class="pp-batch__controls">
        <button type="button" class="pp-chip" data-testid="export-window" disabled={busy} onClick={() => actions.exportTabs('window')}>
          {t('batchAllTabs')}
        </button>
        {selectedTabs > 1 && (
          <button type="button" class="pp-chip" data-testid="export-selected" disabled={busy} onClick={() => actions.exportTabs('selected')}>
            {t('batchSelectedTabs', selectedTabs)}
          </button>
        )}
      </div>
      {batch.phase !== 'idle' && (
        <div class="pp-batch__result">
          {batch.total > 0 && <progress class="pp-batch__progress" data-testid="batch-progress" value={batch.done} max={batch.total} />}
          <p class="pp-batch__summary" role="status" data-testid="batch-summary">
            <Summary batch={batch} />
          </p>
          {batch.rows.length > 0 && (
            <ol class="pp-batch__rows" aria-label={t('batchTabsLabel')}>
              {batch.rows.map((row) => (
                <Row key={row.tabId} row={row} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
