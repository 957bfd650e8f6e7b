/** The popup's non-article states: loading, not an article, a page the extension may not read, an error. */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { displayHost } from '../reader/format';
import type { PopupActions, ViewState } from './popup-state';

type Of<K extends ViewState['kind']> = Extract<ViewState, { kind: K }>;

function Panel({ tone, title, children }: { tone: 'info' | 'warn' | 'error'; title: string; children?: ComponentChildren }) {
  return (
    <section class={`pp-panel pp-panel--${tone}`} aria-labelledby="pp-panel-title">
      <span class="pp-panel__icon" aria-hidden="true" />
      <h1 id="pp-panel-title" class="pp-panel__title">
        {title}
      </h1>
      {children}
    </section>
  );
}

export function LoadingPanel({ view }: { view: Of<'loading'> }) {
  return (
    <section class="pp-loading" aria-busy="true" aria-labelledby="pp-loading-label">
      <p id="pp-loading-label" class="pp-loading__label">
        <span class="pp-spinner" aria-hidden="true" />
        {t(view.forced ? 'loadingForced' : 'loading')}
      </p>
      <div class="pp-skeleton" aria-hidden="true">
        <span class="pp-skeleton__line pp-skeleton__line--short" />
        <span class="pp-skeleton__line pp-skeleton__line--title" />
        <span class="pp-skeleton__line pp-skeleton__line--title pp-skeleton__line--mid" />
        <span class="pp-skeleton__line" />
        <span class="pp-skeleton__line" />
        <span class="pp-skeleton__line pp-skeleton__line--mid" />
      </div>
    </section>
  );
}

export function NotArticlePanel({ view, actions }: { view: Of<'not-article'>; actions: PopupActions }) {
  const title = view.article?.title;
  return (
    <Panel tone="info" title={t('notArticleTitle')}>
      {title && <p class="pp-panel__page">{title}</p>}
      <p class="pp-panel__text">{t('notArticleText')}</p>
      <div class="pp-panel__actions">
        <button type="button" class="pp-button pp-button--primary" data-testid="extract-anyway" onClick={actions.extractAnyway}>
          {t('extractAnyway')}
        </button>
      </div>
    </Panel>
  );
}

export function RestrictedPanel({ view }: { view: Of<'restricted'> }) {
  // Web pages by host; browser pages (chrome://settings, about:addons) as written.
  const host = view.url ? (/^https?:/i.test(view.url) && displayHost(view.url)) || view.url.slice(0, 60) : '';
  return (
    <Panel tone="warn" title={t('restrictedTitle')}>
      {host && <p class="pp-panel__page">{host}</p>}
      <p class="pp-panel__text" data-testid="error" data-code={view.code}>
        {t(`error_${view.code.replace(/-/g, '_')}`)}
      </p>
    </Panel>
  );
}

export function ErrorPanel({ view, actions }: { view: Of<'error'>; actions: PopupActions }) {
  return (
    <Panel tone="error" title={t('errorTitle')}>
      <p class="pp-panel__text" data-testid="error" data-code={view.code}>
        {t(`error_${view.code.replace(/-/g, '_')}`)}
      </p>
      {view.message && (
        <details class="pp-panel__detail">
          <summary>{t('errorDetails')}</summary>
          <code>{view.message}</code>
        </details>
      )}
      <div class="pp-panel__actions">
        <button type="button" class="pp-button pp-button--primary" data-testid="retry" onClick={actions.retry}>
          {t('retry')}
        </button>
      </div>
    </Panel>
  );
}
