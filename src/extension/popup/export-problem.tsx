/** When saving an export fails: a plain message, with the very text still one click from the clipboard. */
import { t } from '../i18n';
import type { PopupActions, PopupState } from './popup-state';

export function ExportProblemBox({ state, actions }: { state: PopupState; actions: PopupActions }) {
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
