// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import { isToReader } from '../../src/extension/reader-channel';
import { LITTLE_WORDS, readerContentFor } from '../../src/extension/reader-notice';
import { ReaderNoticeView } from '../../src/extension/reader/reader-notice-view';
import en from '../../public/_locales/en/messages.json';
import vi_ from '../../public/_locales/vi/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

const long = (over = {}) => readerArticle({ wordCount: LITTLE_WORDS + 200, ...over });

describe('what the reader opens on', () => {
  it('an article with enough text: the article, no notice', () => {
    expect(readerContentFor({ ok: true, article: long() })).toEqual({ article: long(), notice: null });
  });
  it('a page that is not an article: a notice first, the article behind it', () => {
    const article = long({ isArticle: false });
    expect(readerContentFor({ ok: true, article })).toEqual({ article, notice: { reason: 'not-article' } });
  });
  it('an article with very little text: a notice with the count', () => {
    const article = readerArticle({ wordCount: 12 });
    expect(readerContentFor({ ok: true, article })).toEqual({ article, notice: { reason: 'little', words: 12 } });
  });
  it('a failed extraction: only a notice, with the reason', () => {
    expect(readerContentFor({ ok: false, code: 'too-large', message: 'x' })).toEqual({ article: null, notice: { reason: 'failed', code: 'too-large' } });
  });
  it('the channel accepts an article, a notice or both, never neither', () => {
    expect(isToReader({ type: 'article', article: long(), notice: null })).toBe(true);
    expect(isToReader({ type: 'article', article: null, notice: { reason: 'failed', code: 'empty' } })).toBe(true);
    expect(isToReader({ type: 'article', article: null, notice: null })).toBe(false);
    expect(isToReader({ type: 'article', article: { title: 1 }, notice: null })).toBe(false);
    expect(isToReader({ type: 'article', article: null, notice: { reason: 'whatever' } })).toBe(false);
  });
});

describe('ReaderNoticeView', () => {
  const actions = () => ({ onShow: vi.fn(), onPick: vi.fn(), onClose: vi.fn() });

  it('not an article: says so and why, names the page, offers Show anyway (focused), Pick and Close', () => {
    const a = actions();
    render(<ReaderNoticeView notice={{ reason: 'not-article' }} article={long({ isArticle: false, title: 'Thời sự' })} settings={DEFAULTS} {...a} />);
    const notice = screen.getByTestId('reader-notice');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("This page doesn't look like an article");
    expect(notice.textContent).toContain('home page, a list or a search page');
    expect(notice.textContent).toContain('Thời sự');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show anyway' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pick the article' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close reader view' }));
    expect([a.onShow.mock.calls.length, a.onPick.mock.calls.length, a.onClose.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('little text: gives the word count', () => {
    render(<ReaderNoticeView notice={{ reason: 'little', words: 14 }} article={readerArticle()} settings={DEFAULTS} {...actions()} />);
    expect(screen.getByTestId('reader-notice').textContent).toContain('Only 14 words were found');
  });

  it('nothing found: the reason, no Show anyway; Pick the article has the focus', () => {
    render(<ReaderNoticeView notice={{ reason: 'failed', code: 'empty' }} article={null} settings={{ ...DEFAULTS, theme: 'dark' }} {...actions()} />);
    expect(screen.getByTestId('reader-notice').textContent).toContain('Nothing readable was found on this page.');
    expect(screen.queryByRole('button', { name: 'Show anyway' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pick the article' }));
    expect(screen.getByTestId('reader-notice').closest('.lr')?.classList.contains('lr--dark')).toBe(true);
  });

  it('speaks Vietnamese', () => {
    setFallbackMessages(vi_, 'vi');
    try {
      render(<ReaderNoticeView notice={{ reason: 'not-article' }} article={null} settings={DEFAULTS} {...actions()} />);
      expect(screen.getByRole('button', { name: 'Chọn phần bài viết' })).toBeDefined();
    } finally {
      setFallbackMessages(en);
    }
  });
});
