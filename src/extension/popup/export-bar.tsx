/**
 * One tab's exports: copy Markdown, text or a citation (style picked in a small menu), download any format with
 * the default from Options first, and, when saving fails, a plain message with the text still one click away.
 */
import { t } from '../i18n';
import { isCitationId, type CitationId } from '../../core/index';
import type { PopupActions, PopupState } from './popup-state';

function ExportProblemBox({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const problem = state.exportProblem;
  if (!problem) return null;
  const label = state.exports.find((e) => e.id === problem.formatId)?.label ?? problem.formatId;
  return (
    <div class="pp-problem" role="alert" data-testid="export-problem">
      <p class="pp-problem__text">{problem.message}</p>
      <p class="pp-problem__text">{t('exportNothingLost')}</p>
      <div class="pp-problem__actions">
        <button type="button" class="pp-chip" data-testid="problem-copy" onClick={() => actions.copy(problem.formatId)}>
          {t('copyInstead', label)}
        </button>
        <button type="button" class="pp-link" onClick={actions.dismissExportProblem}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

export function ExportBar({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const documents = state.exports.filter((e) => e.canCopy && e.kind === 'document');
  const citations = state.exports.filter((e) => e.kind === 'citation');
  const downloadable = state.exports.filter((e) => e.canDownload);
  if (!state.exports.length) return null;
  const citation = citations.find((c) => c.id === state.citation) ?? citations[0];
  return (
    <div class="pp-exports">
      <div class="pp-exports__row" role="group" aria-labelledby="pp-copy-label">
        <span id="pp-copy-label" class="pp-exports__label">
          {t('copyLabel')}
        </span>
        {documents.map((e) => (
          <button type="button" key={e.id} class="pp-chip" data-testid={`copy-${e.id}`} title={t('copyAs', e.label)} onClick={() => actions.copy(e.id)}>
            {e.label}
          </button>
        ))}
        {citation && (
          <span class="pp-citation">
            <button type="button" class="pp-chip" data-testid="copy-citation" title={t('copyAs', citation.label)} onClick={() => actions.copy(citation.id)}>
              {t('citationLabel')}
            </button>
            <select
              class="pp-select"
              data-testid="citation-style"
              aria-label={t('citationStyleLabel')}
              value={citation.id}
              onChange={(event) => {
                const id = (event.currentTarget as HTMLSelectElement).value;
                if (isCitationId(id)) actions.setCitation(id as CitationId);
              }}
            >
              {citations.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      <div class="pp-exports__row" role="group" aria-labelledby="pp-download-label">
        <span id="pp-download-label" class="pp-exports__label">
          {t('downloadLabel')}
        </span>
        {downloadable.map((e) => (
          <button
            type="button"
            key={e.id}
            class={e.isDefault ? 'pp-chip pp-chip--default' : 'pp-chip'}
            data-testid={`download-${e.id}`}
            data-default={e.isDefault ? 'true' : undefined}
            title={e.isDefault ? `${t('downloadAs', e.label)} · ${t('downloadDefault')}` : t('downloadAs', e.label)}
            onClick={() => actions.download(e.id)}
          >
            .{e.extension}
          </button>
        ))}
      </div>
      <ExportProblemBox state={state} actions={actions} />
    </div>
  );
}
