/** Options entry: loads settings, saves every change to storage.sync, follows changes made in other windows. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../browser';
import { t, uiLanguage } from '../i18n';
import type { ShortcutInfo } from '../popup/popup-state';
import popupCss from '../popup/popup.css?inline';
import { shortcutFrom } from '../popup/view-from-result';
import readerCss from '../reader/reader.css?inline';
import { DEFAULTS, loadSettings, migrate, saveSettings, subscribeSettings, type Settings } from '../settings';
import optionsCss from './options.css?inline';
import { OptionsView } from './options-view';

const isFirefox = () => browser.runtime.getURL('').startsWith('moz-extension:');
type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

function Options() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULTS });
  const [shortcut, setShortcut] = useState<ShortcutInfo>({ keys: null, howTo: isFirefox() ? 'firefox' : 'chrome' });
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const unsubscribe = subscribeSettings(setSettings);
    const commands = browser.commands as Commands;
    void commands
      .getAll()
      .then((all) => setShortcut(shortcutFrom(all, isFirefox() ? 'firefox' : 'chrome', typeof commands.openShortcutSettings === 'function')))
      .catch(() => undefined);
    return unsubscribe;
  }, []);

  const onChange = (patch: Partial<Settings>) => {
    setSettings((s) => migrate({ ...s, ...patch }));
    saveSettings(patch).then(
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('optionsSaveFailed')),
    );
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 2500);
  };

  const onChangeShortcut = () => {
    const commands = browser.commands as Commands;
    if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings();
    else if (!isFirefox()) void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };

  return <OptionsView settings={settings} shortcut={shortcut} status={status} onChange={onChange} onChangeShortcut={onChangeShortcut} />;
}

const style = document.createElement('style');
style.textContent = [readerCss, popupCss, optionsCss].join('\n');
document.head.append(style);
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<Options />, root);
