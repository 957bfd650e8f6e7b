/**
 * What the reader shows first when the page may not give a good read (reader-notice.ts decides): the reason in plain
 * words, then "Show anyway" (when something was found), "Pick the article" and Close. Never a reader full of junk
 * without a word.
 */
import { useEffect, useRef } from 'preact/hooks';
import { render } from 'preact';
import type { Article } from '../../core/index';
import { t, uiLanguage } from '../i18n';
import type { ReaderNotice } from '../reader-notice';
import type { Settings } from '../settings';

export interface ReaderNoticeProps {
  notice: ReaderNotice;
  article: Article | null;
  settings: Settings;
  onShow?: () => void;
  onPick?: () => void;
  onClose?: () => void;
}

function words(notice: ReaderNotice): { title: string; text: string } {
  switch (notice.reason) {
    case 'not-article':
      return { title: t('noticeNotArticleTitle'), text: t('noticeNotArticleText') };
    case 'little':
      return { title: t('noticeLittleTitle'), text: t('noticeLittleText', notice.words) };
    case 'failed':
      return { title: t('noticeFailedTitle'), text: t(`error_${notice.code.replace(/-/g, '_')}`) };
  }
}

export function ReaderNoticeView({ notice, article, settings, onShow, onPick, onClose }: ReaderNoticeProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus({ preventScroll: true }), []);
  const { title, text } = words(notice);
  return (
    <div class={`lr lr--${settings.theme} lr--${settings.fontFamily} lr--full lr-notice-page`} lang={uiLanguage()}>
      <section class="lr-notice" aria-labelledby="lr-notice-title" data-testid="reader-notice" data-reason={notice.reason}>
        <span class="lr-notice__icon" aria-hidden="true">
          i
        </span>
        <h1 id="lr-notice-title" class="lr-notice__title">
          {title}
        </h1>
        {article?.title && (
          <p class="lr-notice__page" lang={article.lang || undefined}>
            {article.title}
          </p>
        )}
        <p class="lr-notice__text">{text}</p>
        <div class="lr-notice__actions">
          {article && onShow && (
            <button type="button" ref={first} class="lr-notice__button lr-notice__button--primary" data-testid="notice-show" onClick={onShow}>
              {t('noticeShowAnyway')}
            </button>
          )}
          {onPick && (
            <button type="button" ref={article && onShow ? undefined : first} class="lr-notice__button" data-testid="notice-pick" onClick={onPick}>
              {t('noticePick')}
            </button>
          )}
          {onClose && (
            <button type="button" class="lr-notice__button lr-notice__button--quiet" data-testid="notice-close" onClick={onClose}>
              {t('readerClose')}
            </button>
          )}
        </div>
        {onPick && <p class="lr-notice__hint">{t('noticePickHint')}</p>}
      </section>
    </div>
  );
}

export function mountNotice(container: Element, props: ReaderNoticeProps): void {
  render(<ReaderNoticeView {...props} />, container);
}
