/** The list of the reader's keys, shown by "?" (and closed by it, by Esc or by its button). */
import { t } from '../i18n';
import { READER_KEYS } from './reader-keys';

export function KeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <section class="lr-keys" aria-labelledby="lr-keys-title" data-testid="reader-keys" role="dialog">
      <h2 id="lr-keys-title" class="lr-keys__title">
        {t('keysTitle')}
      </h2>
      <dl class="lr-keys__list">
        {READER_KEYS.map(({ keys, label }) => (
          <div class="lr-keys__row" key={label}>
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="lr-tool lr-keys__close" onClick={onClose}>
        {t('dismiss')}
      </button>
    </section>
  );
}
