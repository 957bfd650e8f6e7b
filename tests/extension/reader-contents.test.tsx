// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import { CONTENTS_MIN_WORDS, contentsOf, currentSection, hasRoomBeside, readingProgress } from '../../src/extension/reader/contents';
import { READER_KEYS, readerKeyAction } from '../../src/extension/reader/reader-keys';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');
const { ReaderView } = await import('../../src/extension/reader/reader-view');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

const paragraph = (n: number) => `<p>${'word '.repeat(n).trim()}</p>`;
/** A long piece: sections under h2, one with h3 parts, and an empty heading that must not be listed. */
const LONG_HTML = [
  '<h2>Background</h2>', paragraph(400),
  '<h2>The <em>vote</em></h2>', paragraph(300), '<h3>Who voted for</h3>', paragraph(300), '<h3>Who voted against</h3>', paragraph(300),
  '<h2> </h2>', '<h2>What comes next</h2>', paragraph(400),
].join('');

describe('contents of a long article', () => {
  it('lists the headings with text, in order, with depths from the highest level used', () => {
    const body = document.createElement('div');
    body.innerHTML = LONG_HTML; // test fixture only: the reader's body goes through setSanitizedHtml
    expect(contentsOf(body).map((e) => [e.text, e.depth])).toEqual([
      ['Background', 1],
      ['The vote', 1],
      ['Who voted for', 2],
      ['Who voted against', 2],
      ['What comes next', 1],
    ]);
    body.innerHTML = '<h3>Only</h3><p>x</p><h4>Part</h4>';
    expect(contentsOf(body).map((e) => e.depth)).toEqual([1, 2]);
  });

  it('the section being read is the last heading above the reading line; progress is the share scrolled', () => {
    expect(currentSection([300, 900, 1500], 96)).toBe(-1);
    expect(currentSection([-400, 50, 700], 96)).toBe(1);
    expect(currentSection([-900, -300, -10], 96)).toBe(2);
    expect(readingProgress(0, 5000, 1000)).toBe(0);
    expect(readingProgress(2000, 5000, 1000)).toBe(50);
    expect(readingProgress(9999, 5000, 1000)).toBe(100);
    expect(readingProgress(0, 800, 1000)).toBe(100);
    expect(hasRoomBeside(240)).toBe(true);
    expect(hasRoomBeside(150)).toBe(false);
  });

  it('t toggles it, and the key list names t', () => {
    expect(readerKeyAction({ key: 't', ctrlKey: false, metaKey: false, altKey: false }, DEFAULTS)).toEqual({ contents: 'toggle' });
    expect(readerKeyAction({ key: 't', ctrlKey: true, metaKey: false, altKey: false }, DEFAULTS)).toBeNull();
    expect(READER_KEYS.some((k) => k.keys.includes('t') && k.label === 'keyContents')).toBe(true);
  });

  it(`in the reader: a piece of ${CONTENTS_MIN_WORDS} words or more gets the list; t shows and hides it; a click goes to the section`, () => {
    const article = readerArticle({ html: LONG_HTML, wordCount: 1700 });
    const { container } = render(<ReaderView article={article} settings={DEFAULTS} onSettings={vi.fn()} onClose={vi.fn()} />);
    const nav = screen.getByTestId('reader-contents');
    // jsdom lays nothing out: the column's margin reads 0, too narrow, so the list waits to be asked for.
    expect(nav.hasAttribute('hidden')).toBe(true);
    const root = container.querySelector('article')!;
    fireEvent.keyDown(root, { key: 't' });
    expect(nav.hasAttribute('hidden')).toBe(false);
    expect(nav.classList.contains('lr-contents--card')).toBe(true);
    const buttons = screen.getAllByRole('button').filter((b) => nav.contains(b));
    expect(buttons.map((b) => b.textContent)).toEqual(['Background', 'The vote', 'Who voted for', 'Who voted against', 'What comes next']);
    expect(screen.getByRole('progressbar', { name: 'Read so far' })).toBeDefined();
    const target = [...container.querySelectorAll('h3')].find((h) => h.textContent === 'Who voted against')!;
    const scrolled = vi.fn();
    target.scrollIntoView = scrolled;
    fireEvent.click(buttons[3]);
    expect(scrolled).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(root, { key: 't' });
    expect(nav.hasAttribute('hidden')).toBe(true);
  });

  it('a shorter piece, and the popup preview, get none', () => {
    render(<ReaderView article={readerArticle({ html: LONG_HTML, wordCount: CONTENTS_MIN_WORDS - 1 })} settings={DEFAULTS} onSettings={vi.fn()} onClose={vi.fn()} />);
    expect(screen.queryByTestId('reader-contents')).toBeNull();
    cleanup();
    render(<ReaderView article={readerArticle({ html: LONG_HTML, wordCount: 1700 })} settings={DEFAULTS} compact />);
    expect(screen.queryByTestId('reader-contents')).toBeNull();
  });
});
