/**
 * The reader: one article typeset for long reading. Rendered by the overlay (full page, in a shadow root) and by
 * the popup (compact preview). The body is page content and only ever reaches the DOM through setSanitizedHtml.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/index';
import { t, uiLanguage } from '../i18n';
import { setSanitizedHtml } from '../safe-html';
import type { Settings } from '../settings';
import { AttendeeBox, hasPeople } from './attendee-box';
import { wantsContents } from './contents';
import { ContentsPanel } from './contents-panel';
import { addMissingCaptions, dropRepeatedHeadline, insertLeadImage } from './body-polish';
import { labelCodeLanguages } from './code-language';
import { displayHost, formatDate } from './format';
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

function ArticleBody({ article }: { article: Article }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const base = article.canonicalUrl ?? article.url;
    setSanitizedHtml(el, article.html);
    dropRepeatedHeadline(el, article.title);
    addMissingCaptions(el, article.images, base);
    insertLeadImage(el, article.images, base);
    labelCodeLanguages(el);
    // What the body is drawn from, not the Article object: its attendee summary may arrive after the first render.
  }, [article.html, article.title, article.images, article.canonicalUrl, article.url]);

  // Jumps to footnotes and in-article anchors scroll inside the reader instead of touching the page's URL.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link || !ref.current) return;
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const target = [...ref.current.querySelectorAll('[id]')].find((n) => n.id === id);
    event.preventDefault();
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return <div class="lr-body" data-testid="article-body" ref={ref} onClick={onClick} />;
}

/** The web address read, without credentials (a disguise: "https://trusted.example@evil.example/"); null otherwise. */
function readAddress(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return null;
  }
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

  // Where the article is from is the host of the address it was read at, in ASCII (a homoglyph shows as xn--…):
  // never the site name or canonical link the page claims for itself, which may name any site.
  const source = readAddress(article.url);
  const site = source ? displayHost(source) : '';
  const date = article.published ? formatDate(article.published, article.lang) : null;
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
      <div class="lr-column">
        <header class="lr-header">
          {site && <p class="lr-site">{site}</p>}
          <h1 class="lr-title" data-testid="headline">
            {article.title}
          </h1>
          {article.standfirst && <p class="lr-standfirst">{article.standfirst}</p>}
          <p class="lr-meta">
            {article.byline && <span class="lr-byline">{article.byline}</span>}
            {date && <time dateTime={article.published ?? undefined}>{date}</time>}
            {article.readingMinutes > 0 && <span lang={uiLanguage()}>{t('readingTime', Math.max(1, Math.round(article.readingMinutes)))}</span>}
          </p>
        </header>
        {/* The popup shows one line for the people (opened on demand), so the text starts on the first screen. */}
        {hasPeople(article.attendees) && <AttendeeBox attendees={article.attendees} />}
        <ArticleBody article={article} />
        {!compact && source && (
          <footer class="lr-footer" lang={uiLanguage()}>
            <a href={source} target="_blank" rel="noopener noreferrer">
              {t('readerOriginal', site)}
            </a>
          </footer>
        )}
      </div>
    </article>
  );
}
