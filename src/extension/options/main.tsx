/** Options entry: loads settings, saves every change to storage.sync, follows changes made in other windows. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import readerCss from '../reader/reader.css?inline';
import { loadReaderSites, releaseSiteAccess, saveReaderSite, subscribeReaderSites } from '../reader-sites';
import { DEFAULTS, loadSettings, migrate, saveSettings, subscribeSettings, type Settings } from '../settings';
import { openShortcutSettings, readShortcut, unknownShortcut, type ShortcutInfo } from '../shortcut';
import baseCss from '../ui/base.css?inline';
import optionsCss from './options.css?inline';
import { OptionsView } from './options-view';

function Options() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULTS });
  const [shortcut, setShortcut] = useState<ShortcutInfo>(unknownShortcut);
  const [status, setStatus] = useState('');
  const [readerSites, setReaderSites] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const unsubscribe = subscribeSettings(setSettings);
    void readShortcut()
      .then(setShortcut)
      .catch(() => undefined);
    void loadReaderSites().then(setReaderSites);
    const unsubscribeSites = subscribeReaderSites(setReaderSites);
    return () => {
      unsubscribe();
      unsubscribeSites();
    };
  }, []);

  const onRemoveSite = (site: string) => {
    void saveReaderSite(site, false).then(setReaderSites);
    void releaseSiteAccess(site);
  };

  const onChange = (patch: Partial<Settings>) => {
    setSettings((s) => migrate({ ...s, ...patch }));
    saveSettings(patch).then(
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('optionsSaveFailed')),
    );
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 2500);
  };

  const onChangeShortcut = () => void openShortcutSettings();

  return <OptionsView settings={settings} shortcut={shortcut} status={status} onChange={onChange} onChangeShortcut={onChangeShortcut} readerSites={readerSites} onRemoveSite={onRemoveSite} />;
}

const style = document.createElement('style');
style.textContent = [readerCss, baseCss, optionsCss].join('\n');
document.head.append(style);
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<Options />, root);
