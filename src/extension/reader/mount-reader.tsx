/**
 * Mounts the reader for the overlay: renders ReaderView into a container (the reader page the overlay frames),
 * reads the settings, follows changes made in any window, and saves changes made from the toolbar.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/index';
import { DEFAULTS, loadSettings, saveSettings, subscribeSettings, type Settings } from '../settings';
import { ReaderView } from './reader-view';

function ConnectedReader({ article, onClose, initial }: { article: Article; onClose?: () => void; initial?: Settings }) {
  const [settings, setSettings] = useState<Settings>(initial ?? DEFAULTS);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const unsubscribe = subscribeSettings(setSettings);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  const onSettings = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch })); // at once; storage.onChanged confirms
    void saveSettings(patch).catch(() => undefined);
  };
  return <ReaderView article={article} settings={settings} onClose={onClose} onSettings={onSettings} />;
}

/**
 * Renders the reader into container; returns the function that unmounts it. With `settings` (already loaded) the
 * first render has the person's theme and sizes, so the reader is never drawn with the defaults first.
 */
export function mountReader(container: Element, article: Article, options: { onClose?: () => void; settings?: Settings } = {}): () => void {
  render(<ConnectedReader article={article} onClose={options.onClose} initial={options.settings} />, container);
  return () => render(null, container);
}
