/**
 * The contents of a long article beside the text: its headings (a click goes there), the one being read marked, and
 * a bar of how far through the article the reader is. Shown for articles of CONTENTS_MIN_WORDS or more; `t` hides it.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/index';
import { t } from '../i18n';
import { jumpTo } from './steady-scroll';
import { contentsOf, currentSection, hasRoomBeside, readingProgress, type ContentsEntry } from './contents';

/** shown: null until the person chooses with `t`: shown then where the margin beside the column holds it. */
export function ContentsPanel({ article, rootRef, shown }: { article: Article; rootRef: RefObject<HTMLElement | null>; shown: boolean | null }) {
  const [entries, setEntries] = useState<ContentsEntry[]>([]);
  const [current, setCurrent] = useState(-1);
  const [progress, setProgress] = useState(0);
  /** Whether the margin beside the column holds the list; where it does not, it is a card over the text. */
  const [room, setRoom] = useState(true);

  // After the body's HTML is in (a layout effect of ArticleBody, which runs before this effect).
  useEffect(() => {
    const body = rootRef.current?.querySelector('[data-testid="article-body"]');
    setEntries(body ? contentsOf(body) : []);
  }, [article.html, rootRef]);

  const update = () => {
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const scroller = doc.scrollingElement ?? doc.documentElement;
    setProgress(readingProgress(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight));
    setCurrent(currentSection(entries.map((e) => e.heading.getBoundingClientRect().top)));
    const column = rootRef.current?.querySelector('.lr-column');
    setRoom(column ? hasRoomBeside(column.getBoundingClientRect().left) : true);
  };

  useEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    update();
    win.addEventListener('scroll', update, { passive: true });
    win.addEventListener('resize', update);
    return () => {
      win.removeEventListener('scroll', update);
      win.removeEventListener('resize', update);
    };
  }, [entries, rootRef]);

  return (
    <nav
      class={`lr-contents${room ? '' : ' lr-contents--card'}`}
      aria-label={t('contentsTitle')}
      data-testid="reader-contents"
      hidden={shown === false || (shown === null && !room)}
    >
      <p class="lr-contents__title" aria-hidden="true">
        {t('contentsTitle')}
      </p>
      <div class="lr-contents__progress" role="progressbar" aria-label={t('contentsProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} data-testid="reading-progress">
        <span style={{ width: `${progress}%` }} />
      </div>
      {entries.length > 0 && (
        <ol class="lr-contents__list">
          {entries.map((entry, i) => (
            <li key={i} class={`lr-contents__item lr-contents__item--${Math.min(entry.depth, 3)}`}>
              <button
                type="button"
                class="lr-contents__link"
                aria-current={i === current ? 'location' : undefined}
                onClick={() => {
                  jumpTo(entry.heading);
                  update(); // at once: a scroll event waits for the next frame the browser draws
                }}
              >
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
