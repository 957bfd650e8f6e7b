/** The reader shortcut line: the keys the browser has bound, and the way to its shortcut settings. */
import { openShortcutSettings, readShortcut } from '../../shortcut';
import type { Slice, Store } from '../store';
import type { Target } from '../target';

export function shortcutsSlice(store: Store, target: Target): Slice<'changeShortcut'> {
  return {
    start() {
      void readShortcut()
        .then((shortcut) => store.update({ shortcut }))
        .catch(() => undefined);
    },
    actions: {
      changeShortcut: async () => {
        await openShortcutSettings();
        if (!target.embedded) window.close();
      },
    },
  };
}
