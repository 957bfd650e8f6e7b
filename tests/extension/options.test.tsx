// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import { OptionsView } from '../../src/extension/options/options-view';
import en from '../../public/_locales/en/messages.json';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');
const { FORMAT_IDS } = await import('../../src/core/index');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

function setup(over: Partial<Parameters<typeof OptionsView>[0]> = {}) {
  const onChange = vi.fn();
  const onChangeShortcut = vi.fn();
  render(
    <OptionsView
      settings={{ ...DEFAULTS, theme: 'sepia', fontSize: 20, lineWidth: 70 }}
      shortcut={{ keys: 'Alt+Shift+Y', howTo: 'chrome' }}
      status=""
      onChange={onChange}
      onChangeShortcut={onChangeShortcut}
      readerSites={[]}
      onRemoveSite={vi.fn()}
      {...over}
    />,
  );
  return { onChange, onChangeShortcut };
}

describe('OptionsView', () => {
  it('shows the current settings', () => {
    setup();
    expect((screen.getByRole('radio', { name: 'Sepia' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Serif' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Text size') as HTMLInputElement).value).toBe('20');
    expect((screen.getByLabelText('Column width') as HTMLInputElement).value).toBe('70');
    expect(screen.getByText('20 px')).toBeDefined();
    expect(screen.getByText('70 characters')).toBeDefined();
    expect((screen.getByLabelText('Default export format') as HTMLSelectElement).value).toBe('md');
    const preview = screen.getByTestId('preview');
    expect(preview.classList.contains('lr--sepia')).toBe(true);
    expect(preview.style.getPropertyValue('--lr-size')).toBe('20px');
  });

  it('sends each change as a patch', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    fireEvent.input(screen.getByLabelText('Text size'), { target: { value: '24' } });
    fireEvent.input(screen.getByLabelText('Column width'), { target: { value: '55' } });
    fireEvent.change(screen.getByLabelText('Default export format'), { target: { value: 'bibtex' } });
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([{ theme: 'dark' }, { fontFamily: 'sans' }, { fontSize: 24 }, { lineWidth: 55 }, { defaultExport: 'bibtex' }]);
  });

  it('offers every export format with a readable name', () => {
    setup();
    const options = [...(screen.getByLabelText('Default export format') as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toEqual([...FORMAT_IDS]);
    for (const o of options) expect(o.textContent).not.toMatch(/^format_/);
  });

  it('shows the shortcut with a way to change it, and announces saves', () => {
    const { onChangeShortcut } = setup({ status: 'Saved' });
    const section = screen.getByTestId('shortcut');
    expect([...section.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'Y']);
    expect(section.textContent).toContain('chrome://extensions/shortcuts');
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(onChangeShortcut).toHaveBeenCalled();
    expect(screen.getByTestId('status').textContent).toBe('Saved');
    expect(screen.getByTestId('status').getAttribute('aria-live')).toBe('polite');
  });

  it('on Firefox explains where shortcuts are managed', () => {
    setup({ shortcut: { keys: null, howTo: 'firefox' } });
    const section = screen.getByTestId('shortcut');
    expect(section.textContent).toContain('No keyboard shortcut is set.');
    expect(section.textContent).toContain('about:addons');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists the sites where the reader opens by itself, each removable; says so when there are none', () => {
    const onRemoveSite = vi.fn();
    setup({ readerSites: ['https://a.example', 'https://b.example'], onRemoveSite });
    const section = screen.getByTestId('reader-sites');
    expect([...section.querySelectorAll('li')].map((li) => li.querySelector('.op-sites__site')?.textContent)).toEqual(['https://a.example', 'https://b.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://b.example' }));
    expect(onRemoveSite).toHaveBeenCalledWith('https://b.example');
    cleanup();
    setup({ readerSites: [] });
    expect(screen.getByTestId('reader-sites').textContent).toContain('None yet');
  });
});
