/** The reader shortcut as the browser has it bound, and where to change it. */
import { t } from '../i18n';
import type { ShortcutInfo } from '../shortcut';
import { Keys } from '../ui/keys';
import type { PopupActions } from './popup-state';

export function ShortcutLine({ shortcut, onChange }: { shortcut: ShortcutInfo; onChange: PopupActions['changeShortcut'] }) {
  return (
    <p class="pp-shortcut" data-testid="shortcut">
      {shortcut.keys ? (
        <>
          <span>{t('shortcutLabel')}</span> <Keys keys={shortcut.keys} />
        </>
      ) : (
        <span>{t('shortcutNone')}</span>
      )}
      {shortcut.howTo === 'firefox' ? (
        <span class="pp-shortcut__how">{t('shortcutHowFirefox')}</span>
      ) : (
        <button type="button" class="pp-link" onClick={onChange} title={shortcut.howTo === 'chrome' ? 'chrome://extensions/shortcuts' : undefined}>
          {shortcut.keys ? t('shortcutChange') : t('shortcutSet')}
        </button>
      )}
    </p>
  );
}
