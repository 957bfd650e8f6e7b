/** The reader settings, as stored and as changed in any window, and the way to the options page. */
import browser from '../../browser';
import { loadSettings, subscribeSettings, type Settings } from '../../settings';
import type { PopupState } from '../popup-state';
import type { Slice, Store } from '../store';
import type { Target } from '../target';

/** follow: what else changes with the settings (the exports slice's citation style), in the same update. */
export function settingsSlice(store: Store, target: Target, follow: (settings: Settings) => Partial<PopupState>): Slice<'openOptions'> {
  const apply = (settings: Settings) => store.update({ settings, ...follow(settings) });
  return {
    start() {
      void loadSettings().then(apply);
      subscribeSettings(apply);
    },
    actions: {
      openOptions: () => void browser.runtime.openOptionsPage().then(() => !target.embedded && window.close()),
    },
  };
}
