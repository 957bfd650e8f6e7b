// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { setFallbackMessages } from '../../src/extension/i18n';
import type { ExportChoice, PopupState, ViewState } from '../../src/extension/popup/popup-state';
import { PopupView } from '../../src/extension/popup/popup-view';
import { preloadBatchPanel } from '../../src/extension/popup/lazy-batch-panel';
import { popupActions, popupState } from './popup-props';
import { tabIdFromSearch, viewFromResult } from '../../src/extension/popup/view-from-result';
import { shortcutFrom } from '../../src/extension/shortcut';
import en from '../../public/_locales/en/messages.json';
import vi_ from '../../public/_locales/vi/messages.json';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');

const ARTICLE: Article = {
  url: 'https://baothanhhoa.example.vn/hoi-nghi-tinh-uy.html',
  canonicalUrl: null,
  title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
  byline: 'Minh Hằng',
  siteName: 'Báo Thanh Hóa',
  lang: 'vi',
  dir: 'ltr',
  published: '2024-10-09T08:00:00+07:00',
  excerpt: null,
  standfirst: null,
  isArticle: true,
  detection: { score: 0.92, signals: [{ name: 'jsonld-article', weight: 0.6 }] },
  html: '<p>Sáng 9/10, Tỉnh ủy tổ chức hội nghị.</p><p>Hội nghị đã thảo luận nhiều nội dung.</p>',
  text: 'Sáng 9/10, Tỉnh ủy tổ chức hội nghị.\n\nHội nghị đã thảo luận nhiều nội dung.',
  paragraphs: ['Sáng 9/10, Tỉnh ủy tổ chức hội nghị.', 'Hội nghị đã thảo luận nhiều nội dung.'],
  images: [],
  wordCount: 16,
  readingMinutes: 1,
  attendees: {
    people: [{ name: 'Lại Thế Nguyên', roles: ['Phó Bí thư Thường trực Tỉnh ủy'], parts: ['chair', 'speaker'], evidence: ['Đồng chí Lại Thế Nguyên chủ trì hội nghị.'] }],
    groups: ['đại diện lãnh đạo các ban của Tỉnh ủy'],
  },
  removed: [
    { rule: 'comment-sections', count: 1, examples: ['Ý kiến bạn đọc'] },
    { rule: 'related-links', count: 4, examples: ['Tin liên quan', 'Xem thêm'] },
    { rule: 'brand-new-rule', count: 2, examples: [] },
    { rule: 'share-prompts', count: 0, examples: [] },
  ],
};

function setup(view: ViewState, over: Partial<PopupState> = {}) {
  const actions = popupActions();
  const state = popupState(DEFAULTS, view, over);
  const utils = render(<PopupView state={state} actions={actions} />);
  const root = utils.container.querySelector('[data-testid="popup-state"]') as HTMLElement;
  return { ...utils, actions, root };
}

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

describe('PopupView', () => {
  it('loading: says what it is doing, busy for assistive tech', () => {
    const { root } = setup({ kind: 'loading' });
    expect(root.dataset.state).toBe('loading');
    expect(root.textContent).toContain('Reading the page…');
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.getByRole('status')).toBeDefined();
  });

  it('ready: preview, removed summary, attendees and Open reader view', () => {
    const { root, actions } = setup({ kind: 'ready', article: ARTICLE });
    expect(root.dataset.state).toBe('ready');
    expect(screen.getByTestId('headline').textContent).toBe(ARTICLE.title);
    expect(screen.getByTestId('article-body').textContent).toContain('Tỉnh ủy tổ chức hội nghị');
    // Preview keeps the article's language for screen readers and hyphenation.
    expect(screen.getByTestId('headline').closest('article')?.getAttribute('lang')).toBe('vi');

    const removed = screen.getByTestId('removed-summary');
    expect(removed.querySelector('summary')?.textContent).toContain('7'); // 1 + 4 + 2; the zero-count rule is left out
    const rows = [...removed.querySelectorAll('li')].map((li) => [li.querySelector('.pp-removed__rule')?.textContent, li.querySelector('.pp-removed__count')?.textContent]);
    expect(rows).toEqual([
      ['Related stories', '4'],
      ['Brand new rule', '2'],
      ['Reader comments', '1'],
    ]);

    const people = screen.getByTestId('attendees');
    expect(within(people).getByText('Lại Thế Nguyên')).toBeDefined();
    expect(people.textContent).toContain('đại diện lãnh đạo các ban của Tỉnh ủy');

    fireEvent.click(screen.getByRole('button', { name: 'Open reader view' }));
    expect(actions.openReader).toHaveBeenCalledTimes(1);
    // Without export formats there are no copy/download buttons for the article (the attendee box has its own).
    expect(screen.queryAllByRole('button', { name: /copy|download/i }).map((b) => b.getAttribute('data-testid'))).toEqual(['attendees-copy']);
  });

  const EXPORTS: ExportChoice[] = [
    { id: 'bibtex', label: 'BibTeX', extension: 'bib', kind: 'citation', canCopy: true, canDownload: true, isDefault: true },
    { id: 'md', label: 'Markdown', extension: 'md', kind: 'document', canCopy: true, canDownload: true, isDefault: false },
    { id: 'txt', label: 'Text', extension: 'txt', kind: 'document', canCopy: true, canDownload: true, isDefault: false },
    { id: 'json', label: 'JSON', extension: 'json', kind: 'document', canCopy: false, canDownload: true, isDefault: false },
    { id: 'csl', label: 'CSL-JSON', extension: 'csl.json', kind: 'citation', canCopy: true, canDownload: true, isDefault: false },
    { id: 'ris', label: 'RIS', extension: 'ris', kind: 'citation', canCopy: true, canDownload: true, isDefault: false },
  ];

  it('ready: the article comes first; one export menu holds every format, one click from it', () => {
    const { root, actions } = setup({ kind: 'ready', article: ARTICLE }, { exports: EXPORTS });
    // The article is the popup: the preview precedes the actions, and its people are one collapsed line.
    const preview = root.querySelector('.pp-preview')!;
    const actionsRow = root.querySelector('.pp-actions')!;
    expect(preview.compareDocumentPosition(actionsRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('attendees').querySelector('details')?.open).toBe(false);
    // Only one heading of level 1: the headline.
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([ARTICLE.title]);

    // Closed menu: no format buttons, one quick export (no last export yet: the Options default, downloaded).
    expect(screen.queryByRole('group', { name: 'Copy' })).toBeNull();
    const quick = screen.getByTestId('export-quick');
    expect(quick.textContent).toBe('Download as BibTeX');
    fireEvent.click(quick);
    expect(actions.download).toHaveBeenLastCalledWith('bibtex');

    const toggle = screen.getByRole('button', { name: 'All export formats' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const copyGroup = screen.getByRole('group', { name: 'Copy' });
    expect(within(copyGroup).getAllByRole('button').map((b) => b.textContent)).toEqual(['BibTeX', 'Markdown', 'Text', 'CSL-JSON', 'RIS']);
    fireEvent.click(within(copyGroup).getByRole('button', { name: 'RIS' }));
    expect(actions.copy).toHaveBeenLastCalledWith('ris');
    // Choosing closes the menu.
    expect(screen.queryByTestId('export-menu')).toBeNull();

    fireEvent.click(toggle);
    const downloadGroup = screen.getByRole('group', { name: 'Download' });
    expect(within(downloadGroup).getAllByRole('button').map((b) => b.textContent)).toEqual(['.bib', '.md', '.txt', '.json', '.csl.json', '.ris']);
    expect(screen.getByTestId('download-bibtex').dataset.default).toBe('true');
    expect(screen.getByTestId('download-md').dataset.default).toBeUndefined();
    fireEvent.click(within(downloadGroup).getByRole('button', { name: '.json' }));
    expect(actions.download).toHaveBeenLastCalledWith('json');

    // Escape closes the menu and gives the focus back to its button.
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByTestId('copy-md'), { key: 'Escape' });
    expect(screen.queryByTestId('export-menu')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('the quick export repeats the last export, while its format is offered', () => {
    const { actions, unmount } = setup({ kind: 'ready', article: ARTICLE }, { exports: EXPORTS, lastExport: { action: 'copy', formatId: 'md' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(actions.copy).toHaveBeenCalledWith('md');
    unmount();
    // JSON cannot be copied: a remembered "copy JSON" falls back to the default download.
    setup({ kind: 'ready', article: ARTICLE }, { exports: EXPORTS, lastExport: { action: 'copy', formatId: 'json' } });
    expect(screen.getByTestId('export-quick').textContent).toBe('Download as BibTeX');
  });

  it('a failed export says why and still offers the text to copy', () => {
    const exportProblem = { formatId: 'md', message: 'x.md could not be saved: Invalid filename' };
    const { actions } = setup({ kind: 'ready', article: ARTICLE }, { exports: EXPORTS, exportProblem });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid filename');
    expect(alert.textContent).toContain('Nothing is lost');
    fireEvent.click(within(alert).getByRole('button', { name: 'Copy Markdown instead' }));
    expect(actions.copy).toHaveBeenCalledWith('md');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(actions.dismissExportProblem).toHaveBeenCalled();
  });

  it('many tabs: its panel is loaded when first shown, saying so meanwhile', async () => {
    setup({ kind: 'ready', article: ARTICLE }, { panel: 'tabs' });
    expect(screen.getByTestId('batch-loading').textContent).toBe(en.loading.message);
    expect(screen.queryByTestId('batch')).toBeNull();
    expect(await screen.findByTestId('batch')).toBeTruthy();
    expect(screen.queryByTestId('batch-loading')).toBeNull();
  });

  it('many tabs has its own view, reached from the header and left by Back', async () => {
    await preloadBatchPanel();
    const { actions, unmount } = setup({ kind: 'ready', article: ARTICLE });
    expect(screen.queryByTestId('batch')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export many tabs' }));
    expect(actions.showPanel).toHaveBeenCalledWith('tabs');
    unmount();
    const tabs = setup({ kind: 'ready', article: ARTICLE }, { panel: 'tabs' });
    // The view has the room: no preview beside the batch, and the batch title is the one h1.
    expect(screen.queryByTestId('article-body')).toBeNull();
    expect([...tabs.root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Many tabs']);
    expect(screen.getByRole('button', { name: 'Export many tabs' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('back-to-page'));
    expect(tabs.actions.showPanel).toHaveBeenCalledWith('page');
  });

  it('many tabs: export buttons, then a progress bar and each tab with its status or reason', async () => {
    await preloadBatchPanel();
    const { actions } = setup({ kind: 'restricted', code: 'restricted', url: 'chrome://newtab/' }, { panel: 'tabs' });
    // Available even where the current page cannot be read; "selected" only when several tabs are highlighted.
    expect(screen.queryByTestId('export-selected')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export all tabs in this window' }));
    expect(actions.exportTabs).toHaveBeenCalledWith('window');
    cleanup();
    const rows = [
      { tabId: 1, url: 'https://a.example/x', title: 'Storm report', status: 'exported' as const },
      { tabId: 2, url: '', title: '', status: 'skipped' as const, reason: 'restricted' as const, message: 'no' },
      { tabId: 3, url: 'https://b.example/', title: 'Home', status: 'skipped' as const, reason: 'not-article' as const, message: 'no' },
      { tabId: 4, url: 'https://c.example/', title: 'Later', status: 'running' as const },
    ];
    const running = setup({ kind: 'loading' }, { panel: 'tabs', selectedTabs: 3, batch: { phase: 'running', format: 'zip', done: 3, total: 4, rows } });
    expect(screen.getByRole('button', { name: 'Export selected tabs (3)' })).toHaveProperty('disabled', true);
    expect(screen.getByTestId('batch-progress').getAttribute('value')).toBe('3');
    expect(screen.getByTestId('batch-summary').textContent).toBe('Read 3 of 4 tabs…');
    const shown = screen.getAllByTestId('batch-row').map((li) => li.textContent);
    expect(shown).toEqual(['Storm reportExported', 'Browser pageBrowser page: cannot be read', 'HomeNot an article', 'LaterReading…']);
    expect((screen.getByTestId('batch-format') as HTMLSelectElement).value).toBe('zip');
    running.unmount();
    setup({ kind: 'loading' }, { panel: 'tabs', batch: { phase: 'done', format: 'jsonl', done: 4, total: 4, rows, exported: 1, fileName: 'f.jsonl' } });
    expect(screen.getByTestId('batch-summary').textContent).toBe('Exported 1 of 4 tabs to f.jsonl');
  });

  it('ready with a clean page says nothing was removed and shows no attendee box without people', () => {
    setup({ kind: 'ready', article: { ...ARTICLE, removed: [], attendees: null } });
    expect(screen.getByTestId('removed-summary').textContent).toBe('Nothing needed removing: the page was already clean.');
    expect(screen.queryByTestId('attendees')).toBeNull();
  });

  it('not an article: Extract anyway calls the action', () => {
    const { root, actions } = setup({ kind: 'not-article', article: { ...ARTICLE, isArticle: false, title: 'Trang chủ' } });
    expect(root.dataset.state).toBe('not-article');
    expect(root.textContent).toContain("This page doesn't look like an article");
    expect(root.textContent).toContain('Trang chủ');
    fireEvent.click(screen.getByRole('button', { name: 'Extract anyway' }));
    expect(actions.extractAnyway).toHaveBeenCalledTimes(1);
    expect(actions.retry).not.toHaveBeenCalled();
  });

  it.each([
    ['restricted', "Browsers don't let extensions read this kind of page"],
    ['no-tab', "There's no open tab"],
    ['not-html', "This isn't a web page with text"],
  ] as const)('restricted (%s): explains why, offers no retry', (code, why) => {
    const { root } = setup({ kind: 'restricted', code, url: 'chrome://settings/' });
    expect(root.dataset.state).toBe('restricted');
    expect(root.textContent).toContain("Lucid Reader can't read this page");
    expect(screen.getByTestId('error').textContent).toContain(why);
    expect(screen.getByTestId('error').dataset.code).toBe(code);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('error: shows the message and Retry calls the action', () => {
    const { root, actions } = setup({ kind: 'error', code: 'failed', message: 'TypeError: x is undefined' });
    expect(root.dataset.state).toBe('error');
    expect(screen.getByTestId('error').textContent).toBe("The page couldn't be read. It may still be loading, or it changed while it was being read.");
    expect(root.querySelector('details code')?.textContent).toBe('TypeError: x is undefined');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(actions.retry).toHaveBeenCalledTimes(1);
  });

  it('shows the shortcut and how to change it (Chrome: button, Firefox: where to go)', () => {
    const { actions, unmount } = setup({ kind: 'loading' });
    const line = screen.getByTestId('shortcut');
    expect([...line.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'Y']);
    fireEvent.click(within(line).getByRole('button', { name: 'Change' }));
    expect(actions.changeShortcut).toHaveBeenCalledTimes(1);
    unmount();
    setup({ kind: 'loading' }, { shortcut: { keys: null, howTo: 'firefox' } });
    const ff = screen.getByTestId('shortcut');
    expect(ff.textContent).toContain('No keyboard shortcut is set.');
    expect(ff.textContent).toContain('Manage Extension Shortcuts');
    expect(within(ff).queryByRole('button')).toBeNull();
  });

  it('announces status in a polite live region and opens settings from the header', () => {
    const { actions } = setup({ kind: 'ready', article: ARTICLE }, { status: 'Copied as Markdown' });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Copied as Markdown');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(actions.openOptions).toHaveBeenCalled();
  });

  it('follows the theme setting and renders in Vietnamese', () => {
    setFallbackMessages(vi_, 'vi');
    try {
      const { root } = setup({ kind: 'not-article', article: null }, { settings: { ...DEFAULTS, theme: 'dark' } });
      expect(root.classList.contains('pp--dark')).toBe(true);
      expect(screen.getByRole('button', { name: 'Vẫn trích xuất' })).toBeDefined();
    } finally {
      setFallbackMessages(en);
    }
  });

  it('every interactive control has an accessible name, and no span carries an aria-label', () => {
    const { root } = setup({ kind: 'ready', article: ARTICLE }, { exports: EXPORTS });
    fireEvent.click(screen.getByTestId('export-menu-toggle'));
    expect(root.querySelectorAll('span[aria-label]')).toHaveLength(0);
    // The shortcut is read as one phrase from hidden text, not from a label on its keycaps.
    expect(screen.getByTestId('shortcut').textContent).toContain('Alt+Shift+Y');
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim() || button.getAttribute('aria-label'), button.outerHTML).toBeTruthy();
  });
});

describe('view-from-result', () => {
  const ok = (isArticle: boolean) => ({ ok: true as const, article: { ...ARTICLE, isArticle } });
  it('maps results to states', () => {
    expect(viewFromResult(ok(true), false).kind).toBe('ready');
    expect(viewFromResult(ok(false), false).kind).toBe('not-article');
    expect(viewFromResult(ok(false), true).kind).toBe('ready');
    expect(viewFromResult({ ok: false, code: 'restricted', message: '', url: 'about:config' }, false)).toEqual({ kind: 'restricted', code: 'restricted', url: 'about:config' });
    expect(viewFromResult({ ok: false, code: 'not-html', message: '' }, true).kind).toBe('restricted');
    expect(viewFromResult({ ok: false, code: 'empty', message: '' }, false).kind).toBe('not-article');
    expect(viewFromResult({ ok: false, code: 'empty', message: 'none' }, true)).toEqual({ kind: 'error', code: 'empty', message: 'none' });
    expect(viewFromResult({ ok: false, code: 'too-large', message: 'budget' }, false).kind).toBe('error');
  });
  it('reads ?tab=<id>', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tab=7')).toBe(7);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
    expect(tabIdFromSearch('?tab=-3')).toBeNull();
  });
  it('finds the toggle-reader shortcut', () => {
    const commands = [{ name: '_execute_action', shortcut: 'Ctrl+Shift+U' }, { name: 'toggle-reader', shortcut: 'Alt+Shift+Y' }];
    expect(shortcutFrom(commands, 'chrome', false)).toEqual({ keys: 'Alt+Shift+Y', howTo: 'chrome' });
    expect(shortcutFrom([{ name: 'toggle-reader', shortcut: '' }], 'firefox', false)).toEqual({ keys: null, howTo: 'firefox' });
    expect(shortcutFrom(commands, 'firefox', true).howTo).toBe('button');
  });
});

describe('export-adapter (over the real core registry)', async () => {
  const { exportChoices, loadExports, renderExport } = await import('../../src/extension/popup/export-adapter');
  const reg = await loadExports();

  it('offers copy of Markdown, text and citations, downloads of every format, the default first', () => {
    const choices = exportChoices(reg, 'ris');
    expect(choices.filter((c) => c.canCopy && c.kind === 'document').map((c) => c.id)).toEqual(['md', 'txt']);
    expect(choices.filter((c) => c.kind === 'citation').map((c) => c.id)).toEqual(['ris', 'bibtex', 'csl']);
    expect(choices.filter((c) => c.canDownload).map((c) => c.extension)).toEqual(['ris', 'md', 'txt', 'json', 'html', 'bib', 'csl.json']);
    expect(choices.filter((c) => c.isDefault).map((c) => c.id)).toEqual(['ris']);
    expect(exportChoices(reg, 'md').map((c) => c.id)).toEqual(['md', 'txt', 'json', 'html', 'bibtex', 'csl', 'ris']);
    expect(exportChoices(reg, 'nonsense')[0]).toMatchObject({ id: 'md', isDefault: true });
    expect(choices.find((c) => c.id === 'txt')?.label).toBe('Plain text'); // localised label
  });

  it('renders a dated, slugged file with the article in it', () => {
    const now = new Date('2024-10-10T09:00:00Z');
    const md = renderExport(reg, 'md', ARTICLE, now)!;
    expect(md.fileName).toMatch(/^2024-10-09-bao-thanh-hoa-hoi-nghi-ban-chap-hanh-dang-bo-tinh\.md$/);
    expect(md.mime).toContain('markdown');
    expect(md.text).toContain(`# ${ARTICLE.title}`);
    expect(md.text).toContain('Tỉnh ủy tổ chức hội nghị');
    const txt = renderExport(reg, 'txt', ARTICLE, now)!;
    expect(txt.text.startsWith(ARTICLE.title)).toBe(true);
    expect(JSON.parse(renderExport(reg, 'json', ARTICLE, now)!.text)).toBeTypeOf('object');
    expect(renderExport(reg, 'docx', ARTICLE, now)).toBeNull();
  });
});

describe('Always open the reader on this site', () => {
  it("the switch names the article's site, shows whether it is on and asks to change it", () => {
    const { actions } = setup({ kind: 'ready', article: ARTICLE });
    const box = screen.getByRole('checkbox', { name: 'Always open the reader on baothanhhoa.example.vn' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(actions.setReaderSite).toHaveBeenCalledWith('https://baothanhhoa.example.vn', true);
    cleanup();
    setup({ kind: 'ready', article: ARTICLE }, { readerSites: ['https://baothanhhoa.example.vn'] });
    expect((screen.getByRole('checkbox', { name: /Always open the reader/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('is not offered for a page that is not on the web (a file)', () => {
    setup({ kind: 'ready', article: { ...ARTICLE, url: 'file:///home/a/page.html' } });
    expect(screen.queryByTestId('reader-site')).toBeNull();
  });
});
