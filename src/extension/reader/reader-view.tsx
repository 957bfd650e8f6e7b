/**
 * The reader: one article typeset for long reading, with its toolbar, keys, contents and read-aloud, in the reader
 * page the overlay frames. The article column itself is article-column.tsx (the popup's preview is that alone;
 * `compact` here renders the same preview, for tests and callers that want the reader's element).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/index';
import { uiLanguage } from '../i18n';
import type { Settings } from '../settings';
import { ArticleColumn } from './article-column';
import { wantsContents } from './contents';
import { ContentsPanel } from './contents-panel';
import { KeysHelp } from './keys-help';
import { ReadAloudControls } from './read-aloud/read-aloud-controls';
import { useReadAloud } from './read-aloud/use-read-aloud';
import { isPressTarget, isTypingTarget, readerKeyAction } from './reader-keys';
import { ReaderToolbar } from './reader-toolbar';

export interface ReaderViewProps {
  article: Article;
  settings: Settings;
  onClose?: () => void;
  onSettings?: (patch: Partial<Settings>) => void;
  /** Popup preview: no toolbar, smaller type, no focus grab. */
  compact?: boolean;
}

/** Whether the contents list is on screen now (before the person chose, it shows only where there is room). */
const isContentsVisible = (root: HTMLElement | null) => {
  const nav = root?.querySelector('[data-testid="reader-contents"]');
  return !!nav && !nav.hasAttribute('hidden');
};

export function ReaderView({ article, settings, onClose: closeReader, onSettings, compact = false }: ReaderViewProps) {
  const rootRef = useRef<HTMLElement>(null);
  const [keysShown, setKeysShown] = useState(false);
  const hasContents = !compact && wantsContents(article.wordCount);
  // null: shown where the margin beside the column has room; `t` then shows or hides it whatever the width.
  const [contentsShown, setContentsShown] = useState<boolean | null>(null);
  const aloud = useReadAloud({ enabled: !compact && !!onSettings, article, root: rootRef, rate: settings.speechRate, uiLang: uiLanguage() });
  // Silence first: the reader's frame is removed next, and an engine may finish a sentence of a page that is gone.
  const onClose = closeReader && (() => (aloud.close(), closeReader()));
  useEffect(() => {
    // The overlay takes focus so keyboard scrolling and Escape work at once.
    if (!compact) rootRef.current?.focus({ preventScroll: true });
  }, [compact]);

  const classes = ['lr', `lr--${settings.theme}`, `lr--${settings.fontFamily}`, compact ? 'lr--compact' : 'lr--full'].join(' ');
  // The compact preview keeps its own size and width (set in the stylesheet).
  const style = compact
    ? undefined
    : {
        '--lr-size': `${settings.fontSize}px`,
        '--lr-width': `${settings.lineWidth}ch`,
        '--lr-line': `${settings.lineHeight / 100}`,
        '--lr-para': `${settings.paragraphSpacing / 100}em`,
        '--lr-tracking': `${settings.letterSpacing / 100}em`,
        '--lr-align': settings.textAlign === 'justify' ? 'justify' : 'start',
        '--lr-hyphens': settings.textAlign === 'justify' ? 'auto' : 'manual',
      };
  const closeKeys = () => {
    setKeysShown(false);
    rootRef.current?.focus({ preventScroll: true });
  };

  return (
    <article
      ref={rootRef}
      class={classes}
      style={style}
      lang={article.lang || undefined}
      dir={article.dir}
      tabIndex={compact ? undefined : -1}
      aria-label={compact ? undefined : article.title}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && keysShown) {
          e.preventDefault();
          e.stopPropagation();
          closeKeys();
        } else if (e.key === 'Escape' && onClose) {
          e.preventDefault();
          onClose();
        } else if (!compact && onSettings && !isTypingTarget(e.target)) {
          const action = readerKeyAction(e, settings);
          if (!action || ('aloud' in action && isPressTarget(e.target))) return;
          e.preventDefault();
          if ('help' in action) setKeysShown(!keysShown);
          else if ('aloud' in action) aloud.toggle();
          else if ('contents' in action) setContentsShown(!(contentsShown ?? isContentsVisible(rootRef.current)));
          else onSettings(action.settings);
        }
      }}
    >
      {!compact && (onSettings || onClose) && (
        <ReaderToolbar
          settings={settings}
          onSettings={onSettings}
          onClose={onClose}
          onKeys={onSettings ? () => setKeysShown(!keysShown) : undefined}
          aloud={onSettings && <ReadAloudControls aloud={aloud} settings={settings} set={onSettings} />}
        />
      )}
      {keysShown && <KeysHelp onClose={closeKeys} />}
      {hasContents && <ContentsPanel article={article} rootRef={rootRef} shown={contentsShown} />}
      <ArticleColumn article={article} footer={!compact} />
    </article>
  );
}
