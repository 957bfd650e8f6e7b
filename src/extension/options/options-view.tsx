/** The settings page as a pure view: settings in, patches out. Every change is saved at once (no Save button). */
import { FORMAT_IDS } from '../../core/index';
import { t } from '../i18n';
import { FONT_FAMILIES, FONT_SIZE, LINE_WIDTH, THEMES, type Settings } from '../settings';
import { TYPEFACE_LABEL } from '../reader/typefaces';
import type { ShortcutInfo } from '../shortcut';
import { Keys } from '../ui/keys';

export interface OptionsViewProps {
  settings: Settings;
  shortcut: ShortcutInfo;
  /** Announcement for the live region ("Saved"); '' when none. */
  status: string;
  onChange: (patch: Partial<Settings>) => void;
  onChangeShortcut: () => void;
  /** Sites where the reader opens by itself on articles. */
  readerSites: string[];
  onRemoveSite: (site: string) => void;
}

interface RangeFieldProps {
  id: string;
  /** Message keys of the field's label and of its value as read out ("$1 px"). */
  label: string;
  value: string;
  field: 'fontSize' | 'lineWidth';
  range: { min: number; max: number; step: number };
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** A labelled slider for one numeric setting, its value shown beside it and given to screen readers. */
function RangeField({ id, label, value, field, range, settings, onChange }: RangeFieldProps) {
  const shown = t(value, settings[field]);
  return (
    <div class="op-field">
      <label for={id}>{t(label)}</label>
      <div class="op-range">
        <input
          id={id}
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={settings[field]}
          aria-valuetext={shown}
          onInput={(e) => onChange({ [field]: Number((e.currentTarget as HTMLInputElement).value) })}
        />
        <output for={id}>{shown}</output>
      </div>
    </div>
  );
}

const THEME_KEY = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const;

export function OptionsView({ settings, shortcut, status, onChange, onChangeShortcut, readerSites, onRemoveSite }: OptionsViewProps) {
  const previewStyle = { '--lr-size': `${settings.fontSize}px`, '--lr-width': `${settings.lineWidth}ch` };
  return (
    <div class={`op pp--${settings.theme}`} data-testid="options">
      <header class="op-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="op-status" role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
      </header>

      {/* The page's one main landmark: every setting and section below the title (a plain block, no style). */}
      <main class="op-main">
        <form class="op-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset class="op-field">
            <legend>{t('settingsTheme')}</legend>
            <div class="op-choices">
              {THEMES.map((theme) => (
                <label key={theme} class="op-choice">
                  <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
                  <span class={`lr-swatch lr-swatch--${theme}`} aria-hidden="true" />
                  {t(THEME_KEY[theme])}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset class="op-field">
            <legend>{t('settingsFont')}</legend>
            <div class="op-choices">
              {FONT_FAMILIES.map((fontFamily) => (
                <label key={fontFamily} class={`op-choice op-choice--${fontFamily}`}>
                  <input type="radio" name="font" value={fontFamily} checked={settings.fontFamily === fontFamily} onChange={() => onChange({ fontFamily })} />
                  {t(TYPEFACE_LABEL[fontFamily])}
                </label>
              ))}
            </div>
          </fieldset>

          <RangeField id="op-size" label="settingsFontSize" value="fontSizeValue" field="fontSize" range={FONT_SIZE} settings={settings} onChange={onChange} />
          <RangeField id="op-width" label="settingsLineWidth" value="lineWidthValue" field="lineWidth" range={LINE_WIDTH} settings={settings} onChange={onChange} />

          <div class="op-field">
            <label for="op-export">{t('settingsDefaultExport')}</label>
            <select id="op-export" value={settings.defaultExport} onChange={(e) => onChange({ defaultExport: (e.currentTarget as HTMLSelectElement).value as Settings['defaultExport'] })}>
              {FORMAT_IDS.map((f) => (
                <option key={f} value={f}>
                  {t(`format_${f}`)}
                </option>
              ))}
            </select>
          </div>
        </form>

        <section class="op-preview-wrap" aria-labelledby="op-preview-h">
          <h2 id="op-preview-h">{t('optionsPreview')}</h2>
          <div class={`lr lr--${settings.theme} lr--${settings.fontFamily} op-preview`} style={previewStyle} data-testid="preview">
            <div class="lr-column">
              <p class="lr-title">{t('optionsPreviewTitle')}</p>
              <div class="lr-body">
                <p>{t('optionsPreviewText')}</p>
              </div>
            </div>
          </div>
        </section>

        <section class="op-sites" aria-labelledby="op-sites-h" data-testid="reader-sites">
          <h2 id="op-sites-h">{t('readerSitesTitle')}</h2>
          {readerSites.length === 0 ? (
            <p class="op-hint">{t('readerSitesNone')}</p>
          ) : (
            <ul class="op-sites__list">
              {readerSites.map((site) => (
                <li key={site} class="op-sites__row">
                  <span class="op-sites__site">{site}</span>
                  <button type="button" class="pp-link" aria-label={t('readerSiteRemoveLabel', site)} onClick={() => onRemoveSite(site)}>
                    {t('readerSiteRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section class="op-shortcut" aria-labelledby="op-shortcut-h" data-testid="shortcut">
          <h2 id="op-shortcut-h">{t('shortcutTitle')}</h2>
          <p>
            {shortcut.keys ? (
              <>
                {t('shortcutLabel')} <Keys keys={shortcut.keys} />
              </>
            ) : (
              t('shortcutNone')
            )}
          </p>
          {shortcut.howTo === 'firefox' ? (
            <p class="op-hint">{t('shortcutHowFirefox')}</p>
          ) : (
            <p class="op-hint">
              {shortcut.howTo === 'chrome' && <>{t('shortcutHowChrome')} </>}
              <button type="button" class="pp-link" onClick={onChangeShortcut}>
                {shortcut.keys ? t('shortcutChange') : t('shortcutSet')}
              </button>
            </p>
          )}
        </section>
      </main>
    </div>
  );
}
