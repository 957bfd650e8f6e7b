/**
 * The article as the reader and the popup typeset it: the header (the host read, headline, standfirst, byline, date,
 * reading time), the attendee summary, the body and the link to the original. The popup's preview is this alone
 * (ArticlePreview), so the popup does not load the full reader's toolbar, read-aloud, contents and keys
 * (reader-view.tsx). The body is page content and only ever reaches the DOM through setSanitizedHtml.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../../core/index';
import { t, uiLanguage } from '../i18n';
import { setSanitizedHtml } from '../safe-html';
import type { Settings } from '../settings';
import { AttendeeBox, hasPeople } from './attendee-box';
import { addMissingCaptions, dropRepeatedHeadline, insertLeadImage } from './body-polish';
import { labelCodeLanguages } from './code-language';
import { displayHost, formatDate } from './format';

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

/** The column: header, people, body; footer: the link to the original (the full reader has it, the preview not). */
export function ArticleColumn({ article, footer }: { article: Article; footer: boolean }) {
  // Where the article is from is the host of the address it was read at, in ASCII (a homoglyph shows as xn--…):
  // never the site name or canonical link the page claims for itself, which may name any site.
  const source = readAddress(article.url);
  const site = source ? displayHost(source) : '';
  const date = article.published ? formatDate(article.published, article.lang) : null;
  return (
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
      {footer && source && (
        <footer class="lr-footer" lang={uiLanguage()}>
          <a href={source} target="_blank" rel="noopener noreferrer">
            {t('readerOriginal', site)}
          </a>
        </footer>
      )}
    </div>
  );
}

/** The popup's preview: the column in the person's theme and typeface, at the popup's own size (the stylesheet's). */
export function ArticlePreview({ article, settings }: { article: Article; settings: Settings }) {
  return (
    <article class={['lr', `lr--${settings.theme}`, `lr--${settings.fontFamily}`, 'lr--compact'].join(' ')} lang={article.lang || undefined} dir={article.dir}>
      <ArticleColumn article={article} footer={false} />
    </article>
  );
}
