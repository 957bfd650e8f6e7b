/**
 * Mounts the reader for the overlay: renders ReaderView into a container (inside the platform's shadow root),
 * reads the settings, follows changes made in any window, and saves changes made from the toolbar.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/index';
import { DEFAULTS, loadSettings, saveSettings, subscribeSettings, type Settings } from '../settings';
import { ReaderView } from './reader-view';

function ConnectedReader({ article, onClose }: { article: Article; onClose?: () => void }) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
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

/** Renders the reader into container; returns the function that unmounts it. */
export function mountReader(container: Element, article: Article, options: { onClose?: () => void } = {}): () => void {
  render(<ConnectedReader article={article} onClose={options.onClose} />, container);
  return () => render(null, container);
}
