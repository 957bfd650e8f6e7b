// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import { readerKeyAction } from '../../src/extension/reader/reader-keys';
import { ReaderView } from '../../src/extension/reader/reader-view';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS, FONT_SIZE, LINE_WIDTH, migrate } = await import('../../src/extension/settings');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('reader keys', () => {
  it('+ and − change the size, [ and ] the width, within their ranges; ? asks for the list', () => {
    expect(readerKeyAction(key('+'), DEFAULTS)).toEqual({ settings: { fontSize: DEFAULTS.fontSize + 1 } });
    expect(readerKeyAction(key('='), DEFAULTS)).toEqual({ settings: { fontSize: DEFAULTS.fontSize + 1 } });
    expect(readerKeyAction(key('-'), DEFAULTS)).toEqual({ settings: { fontSize: DEFAULTS.fontSize - 1 } });
    expect(readerKeyAction(key('['), DEFAULTS)).toEqual({ settings: { lineWidth: DEFAULTS.lineWidth - 5 } });
    expect(readerKeyAction(key(']'), DEFAULTS)).toEqual({ settings: { lineWidth: DEFAULTS.lineWidth + 5 } });
    expect(readerKeyAction(key('+'), { ...DEFAULTS, fontSize: FONT_SIZE.max })).toEqual({ settings: { fontSize: FONT_SIZE.max } });
    expect(readerKeyAction(key('['), { ...DEFAULTS, lineWidth: LINE_WIDTH.min })).toEqual({ settings: { lineWidth: LINE_WIDTH.min } });
    expect(readerKeyAction(key('?'), DEFAULTS)).toEqual({ help: 'toggle' });
  });

  it('leaves the browser its zoom keys and every other key alone', () => {
    expect(readerKeyAction(key('+', { ctrlKey: true }), DEFAULTS)).toBeNull();
    expect(readerKeyAction(key('-', { metaKey: true }), DEFAULTS)).toBeNull();
    expect(readerKeyAction(key('a'), DEFAULTS)).toBeNull();
    expect(readerKeyAction(key('Enter'), DEFAULTS)).toBeNull();
    expect(readerKeyAction(key(' ', { ctrlKey: true }), DEFAULTS)).toBeNull();
  });

  it('space starts or pauses read-aloud', () => {
    expect(readerKeyAction(key(' '), DEFAULTS)).toEqual({ aloud: 'toggle' });
  });

  it('in the reader: + saves a larger size, ? shows the keys, Esc closes the list before the reader', () => {
    const onSettings = vi.fn();
    const onClose = vi.fn();
    const { container } = render(<ReaderView article={readerArticle()} settings={DEFAULTS} onSettings={onSettings} onClose={onClose} />);
    const root = container.querySelector('article')!;
    fireEvent.keyDown(root, { key: '+' });
    expect(onSettings).toHaveBeenLastCalledWith({ fontSize: DEFAULTS.fontSize + 1 });
    fireEvent.keyDown(root, { key: ']' });
    expect(onSettings).toHaveBeenLastCalledWith({ lineWidth: DEFAULTS.lineWidth + 5 });
    fireEvent.keyDown(root, { key: '?' });
    const list = screen.getByTestId('reader-keys');
    expect(list.textContent).toContain('Larger or smaller text');
    expect(list.textContent).toContain('Narrower or wider column');
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(screen.queryByTestId('reader-keys')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the popup preview takes no keys', () => {
    const onSettings = vi.fn();
    const { container } = render(<ReaderView article={readerArticle()} settings={DEFAULTS} onSettings={onSettings} compact />);
    fireEvent.keyDown(container.querySelector('article')!, { key: '+' });
    expect(onSettings).not.toHaveBeenCalled();
  });
});

describe('typography', () => {
  it('the text menu changes line height, paragraph and letter spacing and alignment, within range', () => {
    const onSettings = vi.fn();
    render(<ReaderView article={readerArticle()} settings={DEFAULTS} onSettings={onSettings} />);
    fireEvent.click(screen.getByRole('button', { name: 'Looser lines' }));
    expect(onSettings).toHaveBeenLastCalledWith({ lineHeight: 175 });
    fireEvent.click(screen.getByRole('button', { name: 'More space between paragraphs' }));
    expect(onSettings).toHaveBeenLastCalledWith({ paragraphSpacing: 130 });
    expect(screen.getByRole('button', { name: 'Letters closer together' })).toHaveProperty('disabled', true); // 0 is the least
    fireEvent.click(screen.getByRole('button', { name: 'Letters further apart' }));
    expect(onSettings).toHaveBeenLastCalledWith({ letterSpacing: 1 });
    fireEvent.click(screen.getByRole('radio', { name: 'Justified' }));
    expect(onSettings).toHaveBeenLastCalledWith({ textAlign: 'justify' });
  });

  it('the full reader is set as the settings say; the popup preview keeps its own', () => {
    const settings = { ...DEFAULTS, lineHeight: 190, paragraphSpacing: 170, letterSpacing: 3, textAlign: 'justify' as const };
    const { container, unmount } = render(<ReaderView article={readerArticle()} settings={settings} onSettings={() => {}} />);
    const style = container.querySelector('article')!.style;
    expect([style.getPropertyValue('--lr-line'), style.getPropertyValue('--lr-para'), style.getPropertyValue('--lr-tracking'), style.getPropertyValue('--lr-align')]).toEqual([
      '1.9',
      '1.7em',
      '0.03em',
      'justify',
    ]);
    unmount();
    const compact = render(<ReaderView article={readerArticle()} settings={settings} compact />);
    expect(compact.container.querySelector('article')!.getAttribute('style')).toBeNull();
  });

  it('stored values are checked like the others: out of range clamped, unknown alignment the default', () => {
    const m = migrate({ lineHeight: 999, paragraphSpacing: '70', letterSpacing: -4, textAlign: 'center' });
    expect([m.lineHeight, m.paragraphSpacing, m.letterSpacing, m.textAlign]).toEqual([220, 70, 0, 'start']);
    expect(migrate({}).lineHeight).toBe(165);
  });
});
