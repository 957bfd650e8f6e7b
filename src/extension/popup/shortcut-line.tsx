/** The reader shortcut as the browser has it bound, and where to change it. */
import { Fragment } from 'preact';
import { t } from '../i18n';
import type { PopupActions, ShortcutInfo } from './popup-state';

export function Keys({ keys }: { keys: string }) {
  const parts = keys.split(/\s*\+\s*/).filter(Boolean);
  return (
    <span class="pp-keys" aria-label={keys}>
      {parts.map((k, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd aria-hidden="true">{k}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

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
