/**
 * The popup, as a pure view of {state, actions}: no browser API here, so every state renders in tests exactly as
 * in the toolbar. A state always has something to say; the popup is never blank.
 */
import type { Article } from '../../core/index';
import { t } from '../i18n';
import { siteOf } from '../reader-sites';
import { ArticlePreview } from '../reader/article-column';
import type { PopupActions, PopupState } from './popup-state';
import { ExportMenu } from './export-menu';
import { LazyBatchPanel, preloadBatchPanel } from './lazy-batch-panel';
import { ExportProblemBox } from './export-problem';
import { RemovedSummary } from './removed-summary';
import { ShortcutLine } from './shortcut-line';
import { ErrorPanel, LoadingPanel, NotArticlePanel, RestrictedPanel } from './state-panels';

function Logo() {
  return (
    <svg class="pp-logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor" />
      <path d="M7 7.5h6M7 11h10M7 14.5h10M7 18h7" stroke="var(--pp-bg)" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linejoin="round"
        d="M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4Zm7.4-3.2c0-.5 0-1-.1-1.4l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2.4-1.4L14.2 2h-4.4l-.4 2.6c-.9.3-1.7.8-2.4 1.4l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2.8l-2 1.6 2 3.4 2.4-1c.7.6 1.5 1.1 2.4 1.4l.4 2.6h4.4l.4-2.6c.9-.3 1.7-.8 2.4-1.4l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.4Z"
      />
    </svg>
  );
}

function TabsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" d="M4 8h11v11H4zM8 8V5h12v11h-5" />
    </svg>
  );
}

/** The article is the popup: the preview fills it, with what was removed after the text and the actions below. */
function Ready({ article, state, actions }: { article: Article; state: PopupState; actions: PopupActions }) {
  return (
    <>
      <div class="pp-preview" tabIndex={0} role="region" aria-label={t('previewLabel')}>
        <ArticlePreview article={article} settings={state.settings} />
        <div class="pp-after">
          <RemovedSummary removed={article.removed} />
        </div>
      </div>
      <ExportProblemBox state={state} actions={actions} />
      <div class="pp-actions">
        <button type="button" class="pp-button pp-button--primary" data-testid="open-reader" onClick={actions.openReader}>
          {t('openReader')}
        </button>
        <ExportMenu state={state} actions={actions} />
      </div>
      <SiteSwitch site={siteOf(article.url)} state={state} actions={actions} />
    </>
  );
}

/** "Always open the reader on this site" (http(s) pages only; listed and removable in the options page). */
function SiteSwitch({ site, state, actions }: { site: string | null; state: PopupState; actions: PopupActions }) {
  if (!site) return null;
  const on = state.readerSites.includes(site);
  return (
    <label class="pp-site" data-testid="reader-site">
      <input type="checkbox" checked={on} onChange={(e) => actions.setReaderSite(site, (e.currentTarget as HTMLInputElement).checked)} />
      {t('readerSiteAlways', new URL(site).host)}
    </label>
  );
}

function PagePanel({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const { view } = state;
  return (
    <>
      {view.kind === 'loading' && <LoadingPanel view={view} />}
      {view.kind === 'ready' && <Ready article={view.article} state={state} actions={actions} />}
      {view.kind === 'not-article' && <NotArticlePanel view={view} actions={actions} />}
      {view.kind === 'restricted' && <RestrictedPanel view={view} />}
      {view.kind === 'error' && <ErrorPanel view={view} actions={actions} />}
    </>
  );
}

export function PopupView({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const { view } = state;
  const tabs = state.panel === 'tabs';
  const batchBusy = state.batch.phase === 'asking' || state.batch.phase === 'running' || state.batch.phase === 'saving';
  return (
    <div
      class={`pp pp--${state.settings.theme} pp--${tabs ? 'tabs' : view.kind}${state.embedded ? ' pp--embedded' : ''}`}
      data-testid="popup-state"
      data-state={view.kind}
      data-panel={state.panel}
    >
      <header class="pp-header">
        <Logo />
        {/* Not a heading: the one <h1> is what the popup shows (the headline, or the panel's title). */}
        <p class="pp-header__name">{t('extName')}</p>
        <button
          type="button"
          class={`pp-icon-button${batchBusy && !tabs ? ' pp-icon-button--busy' : ''}`}
          data-testid="show-tabs"
          aria-pressed={tabs}
          aria-label={t('batchOpen')}
          title={t('batchOpen')}
          onPointerEnter={() => void preloadBatchPanel()}
          onFocus={() => void preloadBatchPanel()}
          onClick={() => actions.showPanel(tabs ? 'page' : 'tabs')}
        >
          <TabsIcon />
        </button>
        <button type="button" class="pp-icon-button" aria-label={t('openOptions')} title={t('openOptions')} onClick={actions.openOptions}>
          <GearIcon />
        </button>
      </header>
      <p class="pp-status" role="status" aria-live="polite" data-testid="status">
        {state.status}
      </p>
      <main class="pp-main">
        {tabs ? (
          <LazyBatchPanel batch={state.batch} selectedTabs={state.selectedTabs} actions={actions} />
        ) : (
          <PagePanel state={state} actions={actions} />
        )}
      </main>
      <footer class="pp-footer">
        <ShortcutLine shortcut={state.shortcut} onChange={actions.changeShortcut} />
      </footer>
    </div>
  );
}
