// @vitest-environment jsdom
/**
 * The popup and the reader in the UI languages beyond en and vi: every string from that language's messages, the
 * reading time the core computed for the article's language, lang in the UI language.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { formatMessage, setFallbackMessages, uiLanguage, type LocaleMessages } from '../../src/extension/i18n';
import { PopupView } from '../../src/extension/popup/popup-view';
import { popupActions, popupState } from './popup-props';
import { ReaderView } from '../../src/extension/reader/reader-view';
import { nodeSanitizer } from '../../src/node/index';
import enJson from '../../public/_locales/en/messages.json';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS, FONT_FAMILIES } = await import('../../src/extension/settings');

const en: LocaleMessages = enJson;
const load = (lang: string): LocaleMessages => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'));
const NEW = ['es', 'fr', 'de', 'pt_BR', 'ja', 'zh_CN', 'ru', 'id'] as const;
const msg = (messages: LocaleMessages, key: string, ...subs: Array<string | number>) => formatMessage(messages[key], subs.map(String));

/** A Chinese news page, read by the core: its reading time is in characters at the Chinese rate. */
const CHINESE = '市议会周二晚上花了大半时间讨论图书馆预算，该预算已连续三年削减而到馆人数却增加了三分之一。';
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>图书馆维修获批</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-10-09T10:00:00Z"></head>
<body><main><article><h1>图书馆维修获批</h1>${Array.from({ length: 40 }, () => `<p>${CHINESE}</p>`).join('')}
<div class="share-buttons"><a href="https://social.example/share">分享</a></div></article></main></body></html>`;
const article = extractArticle(parseHTML(page).document as unknown as Document, 'https://news.example.cn/2024/10/09/library', {
  sanitize: nodeSanitizer(),
  attendees: false,
});

function popup(messages: LocaleMessages, lang: string) {
  setFallbackMessages(messages, lang);
  const actions = popupActions();
  const state = popupState(DEFAULTS, { kind: 'ready', article });
  return render(<PopupView state={state} actions={actions} />);
}

afterEach(cleanup);
afterAll(() => setFallbackMessages(en));

describe('the core reads a Chinese article by characters', () => {
  it('so its reading time is the Chinese rate’s', () => {
    const han = [...article.text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(han).toBeGreaterThan(40 * 40);
    expect(article.wordCount).toBe(han);
    expect(article.readingMinutes).toBe(Math.round(han / 266));
    expect(article.readingMinutes).toBeGreaterThan(1);
  });
});

describe.each(NEW)('the popup in %s', (lang) => {
  const messages = load(lang);
  it('shows its own words, the reading time in its own phrase, and declares its language', () => {
    const { container } = popup(messages, lang);
    expect(uiLanguage()).toBe(lang.replace('_', '-'));
    expect(screen.getByRole('button', { name: msg(messages, 'openReader') })).toBeDefined();
    expect(screen.getByRole('button', { name: msg(messages, 'openOptions') })).toBeDefined();
    expect(container.textContent).toContain(msg(messages, 'readingTime', article.readingMinutes));
    expect(container.textContent).not.toContain(msg(en, 'readingTime', article.readingMinutes));
    // Every string in the popup's chrome comes from this language: no English label is left.
    for (const key of ['openReader', 'openOptions', 'readingTime', 'batchOpen']) {
      if (messages[key].message !== en[key].message) expect(container.textContent, key).not.toContain(formatMessage(en[key], [String(article.readingMinutes)]));
    }
  });
});

describe('the reader in Japanese and German', () => {
  it.each(['ja', 'de'])('%s: toolbar, text menu and typefaces in that language', (lang) => {
    const messages = load(lang);
    setFallbackMessages(messages, lang);
    const onSettings = vi.fn();
    const { container } = render(<ReaderView article={article} settings={DEFAULTS} onSettings={onSettings} onClose={() => {}} />);
    expect(screen.getByRole('toolbar').getAttribute('aria-label')).toBe(msg(messages, 'readerControls'));
    expect(screen.getByRole('toolbar').getAttribute('lang')).toBe(lang);
    const faces = screen.getByRole('radiogroup', { name: msg(messages, 'settingsFont') });
    expect([...faces.querySelectorAll('[role="radio"]')].map((b) => b.textContent)).toEqual(FONT_FAMILIES.map((f) => msg(messages, { serif: 'fontSerif', sans: 'fontSans', literata: 'fontLiterata', legible: 'fontLegible', mono: 'fontMono' }[f])));
    fireEvent.click(screen.getByRole('radio', { name: msg(messages, 'fontLegible') }));
    expect(onSettings).toHaveBeenCalledWith({ fontFamily: 'legible' });
    expect(container.querySelector('header')!.textContent).toContain(msg(messages, 'readingTime', article.readingMinutes));
    // The article keeps its own language.
    expect(container.querySelector('article')!.getAttribute('lang')).toBe('zh-CN');
  });
});
