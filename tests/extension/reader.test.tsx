// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFallbackMessages } from '../../src/extension/i18n';
import { ReaderView } from '../../src/extension/reader/reader-view';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

describe('ReaderView', () => {
  it('shows the headline once, with the host read, byline, date and reading time', () => {
    const { container } = render(<ReaderView article={readerArticle()} settings={DEFAULTS} />);
    const headings = [...container.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => h.textContent === 'Council approves the river plan');
    expect(headings).toHaveLength(1);
    expect(screen.getByTestId('headline').textContent).toBe('Council approves the river plan');
    const header = container.querySelector('header')!.textContent!;
    // The host of the address read, not the site name the page claims (tests/extension/reader-source.test.tsx).
    expect(header).toContain('news.example.com');
    expect(header).toContain('Jane Roe');
    expect(header).toContain('October 9, 2024');
    expect(header).toContain('1 min read');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2024-10-09');
    expect(screen.getByTestId('article-body').textContent).toBe('The council met on Tuesday.It voted 7 to 2.');
  });

  it('shows the standfirst under the headline, as text, outside the body', () => {
    const dek = 'The vote ends <b>two years</b> of debate.';
    const { container } = render(<ReaderView article={readerArticle({ standfirst: dek })} settings={DEFAULTS} />);
    const shown = container.querySelector('header .lr-standfirst')!;
    expect(shown.textContent).toBe(dek);
    expect(shown.querySelector('b')).toBeNull();
    expect(screen.getByTestId('article-body').textContent).not.toContain('two years');
  });

  it('keeps a body heading that is not the headline', () => {
    render(<ReaderView article={readerArticle({ html: '<h2>Background</h2><p>Text.</p>' })} settings={DEFAULTS} />);
    expect(screen.getByTestId('article-body').querySelector('h2')?.textContent).toBe('Background');
  });

  it('sanitises hostile article HTML', () => {
    const hostile =
      '<p>Safe text</p><img src="https://x.test/a.jpg" onerror="window.pwned=1"><script>window.pwned=2</script>' +
      '<a href="javascript:window.pwned=3">click</a><iframe srcdoc="<script>parent.pwned=4</script>"></iframe>' +
      '<svg onload="window.pwned=5"></svg><form><input name="attributes"></form><p style="position:fixed">x</p>';
    render(<ReaderView article={readerArticle({ html: hostile })} settings={DEFAULTS} />);
    const body = screen.getByTestId('article-body');
    expect(body.textContent).toContain('Safe text');
    expect(body.querySelector('script, iframe, svg, form, input, [style]')).toBeNull();
    const attrs = [...body.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attrs.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('takes lang and dir from the article', () => {
    const { container } = render(<ReaderView article={readerArticle({ lang: 'ar', dir: 'rtl' })} settings={DEFAULTS} />);
    const root = container.querySelector('article')!;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
  });

  it.each(['auto', 'light', 'sepia', 'dark'] as const)('theme %s sets its class and typography variables', (theme) => {
    const { container } = render(<ReaderView article={readerArticle()} settings={{ ...DEFAULTS, theme, fontFamily: 'sans', fontSize: 22, lineWidth: 70 }} />);
    const root = container.querySelector('article')!;
    expect(root.classList.contains(`lr--${theme}`)).toBe(true);
    expect(root.classList.contains('lr--sans')).toBe(true);
    expect(root.style.getPropertyValue('--lr-size')).toBe('22px');
    expect(root.style.getPropertyValue('--lr-width')).toBe('70ch');
  });

  it('compact mode has no toolbar and no size overrides', () => {
    const { container } = render(<ReaderView article={readerArticle()} settings={DEFAULTS} compact onClose={() => {}} onSettings={() => {}} />);
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
    expect(container.querySelector('article')!.classList.contains('lr--compact')).toBe(true);
    expect(container.querySelector('article')!.style.getPropertyValue('--lr-size')).toBe('');
  });

  it('toolbar changes go out as settings patches; close and Escape call onClose', () => {
    const onSettings = vi.fn();
    const onClose = vi.fn();
    const { container } = render(<ReaderView article={readerArticle()} settings={{ ...DEFAULTS, fontSize: 19, lineWidth: 65 }} onSettings={onSettings} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    fireEvent.click(screen.getByRole('button', { name: 'Narrower column' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    expect(onSettings.mock.calls.map((c) => c[0])).toEqual([{ fontSize: 20 }, { lineWidth: 60 }, { theme: 'sepia' }, { fontFamily: 'sans' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Close reader view' }));
    fireEvent.keyDown(container.querySelector('article')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('disables size buttons at the limits', () => {
    render(<ReaderView article={readerArticle()} settings={{ ...DEFAULTS, fontSize: 28 }} onSettings={() => {}} />);
    expect((screen.getByRole('button', { name: 'Larger text' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Smaller text' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the attendee box only when people or groups exist, grouped by part, with evidence', () => {
    const attendees = {
      people: [
        { name: 'Lại Thế Nguyên', roles: ['Phó Bí thư Thường trực Tỉnh ủy'], parts: ['chair', 'speaker'] as const, evidence: ['Đồng chí Lại Thế Nguyên chủ trì hội nghị.'] },
        { name: 'Ann Lee', roles: ['Mayor', 'Chair of the board'], parts: ['attendee'] as const, evidence: [] },
      ].map((p) => ({ ...p, parts: [...p.parts] })),
      groups: ['representatives of the provincial departments'],
    };
    const { container, unmount } = render(<ReaderView article={readerArticle({ attendees })} settings={DEFAULTS} />);
    const box = screen.getByTestId('attendees');
    expect(box.querySelector('h2')?.textContent).toBe('People at the event');
    // Closed to one line by default, so the article's first paragraph stays on the first screen.
    expect(box.querySelector('details')!.open).toBe(false);
    expect(box.querySelector('summary')!.textContent).toBe('People at the eventChaired by Lại Thế Nguyên2 named');
    const groups = [...box.querySelectorAll('.lr-people__group')].map((g) => g.querySelector('h3')?.textContent);
    expect(groups).toEqual(['Chaired by', 'Attending', 'Also present']);
    const chair = box.querySelector('.lr-person')!;
    expect(chair.textContent).toContain('Phó Bí thư Thường trực Tỉnh ủy');
    expect(chair.textContent).toContain('also spoke');
    const evidence = chair.querySelector('details')!;
    expect(evidence.open).toBe(false);
    expect(evidence.textContent).toContain('chủ trì hội nghị');
    expect(box.textContent).toContain('Mayor, Chair of the board');
    // Box precedes the body.
    expect(box.compareDocumentPosition(container.querySelector('[data-testid="article-body"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();
    render(<ReaderView article={readerArticle({ attendees: { people: [], groups: [] } })} settings={DEFAULTS} />);
    expect(screen.queryByTestId('attendees')).toBeNull();
  });

  it('gives images the captions the extractor found and shows a missing lead image first', () => {
    const html = '<p><img src="https://x.test/body.jpg" alt="Body"></p><p>Text</p>';
    const images = [
      { src: 'https://x.test/lead.jpg', alt: 'Lead', caption: 'The river at dawn.' },
      { src: 'https://x.test/body.jpg', alt: 'Body', caption: 'Councillors vote.' },
    ];
    render(<ReaderView article={readerArticle({ html, images })} settings={DEFAULTS} />);
    const figures = [...screen.getByTestId('article-body').querySelectorAll('figure')];
    expect(figures.map((f) => [f.querySelector('img')?.getAttribute('src'), f.querySelector('figcaption')?.textContent])).toEqual([
      ['https://x.test/lead.jpg', 'The river at dawn.'],
      ['https://x.test/body.jpg', 'Councillors vote.'],
    ]);
  });

  it('does not render an unsafe lead image', () => {
    render(<ReaderView article={readerArticle({ images: [{ src: 'javascript:alert(1)', alt: '', caption: null }] })} settings={DEFAULTS} />);
    expect(screen.getByTestId('article-body').querySelector('img')).toBeNull();
  });
});

describe('reader.css and reader-chrome.css', () => {
  // The reader page loads both (the article, then the controls and print); the popup and options the first alone.
  const read = (name: string) => readFileSync(join(import.meta.dirname, '../../src/extension/reader', name), 'utf8');
  const css = `${read('reader.css')}\n${read('reader-chrome.css')}`;
  it('is self-contained for a shadow root: only :host and .lr selectors', () => {
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '')
      .match(/[^{}]+(?=\{)/g)!
      .map((s) => s.trim())
      .filter((s) => !s.startsWith('@'));
    for (const group of selectors) for (const sel of group.split(',')) expect(sel.trim(), sel).toMatch(/^(:host|\.lr)/);
  });
  it('has dark-scheme, print and every theme', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain('@media print');
    for (const theme of ['sepia', 'dark', 'auto']) expect(css).toContain(`.lr--${theme}`);
  });
  it("the popup's stylesheet has every theme and the article, not the reader's controls", () => {
    const article = read('reader.css');
    for (const theme of ['sepia', 'dark', 'auto']) expect(article).toContain(`.lr--${theme}`);
    for (const part of ['.lr-column', '.lr-header', '.lr-body', '.lr-people', '.lr--compact']) expect(article).toContain(part);
    for (const control of ['.lr-toolbar {', '.lr-contents {', '.lr-notice-page']) expect(article).not.toContain(control);
  });
});

describe('attendee box: copy as text', () => {
  it('copies the summary to the clipboard and says so', async () => {
    const { render, screen, fireEvent, waitFor } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { AttendeeBox } = await import('../../src/extension/reader/attendee-box');
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void written.push(s) }, configurable: true });
    render(h(AttendeeBox, { attendees: { people: [{ name: 'Denise Okafor', roles: ['Mayor'], parts: ['chair', 'speaker'], evidence: [] }], groups: [] } }));
    fireEvent.click(screen.getByTestId('attendees-copy'));
    await waitFor(() => expect(screen.getByTestId('attendees-copy').textContent).toMatch(/copied/i));
    expect(written).toEqual([expect.stringContaining('- Denise Okafor — Mayor')]);
  });
});
