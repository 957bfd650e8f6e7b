/**
 * Reading controls: theme, text size, column width, the text menu (typeface, spacing, alignment), the keys, close.
 * Changes go out as settings patches.
 */
import type { ComponentChildren } from 'preact';
import { t, uiLanguage } from '../i18n';
import { FONT_SIZE, LINE_WIDTH, THEMES, type Settings, type Theme } from '../settings';
import { TypographyMenu } from './typography-menu';

const THEME_LABEL: Record<Theme, string> = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' };

export interface ReaderToolbarProps {
  settings: Settings;
  onSettings?: (patch: Partial<Settings>) => void;
  onClose?: () => void;
  /** Shows the list of the reader's keys. */
  onKeys?: () => void;
  /** The read-aloud controls (read-aloud/read-aloud-controls.tsx), first in the bar. */
  aloud?: ComponentChildren;
}

export function ReaderToolbar({ settings, onSettings, onClose, onKeys, aloud }: ReaderToolbarProps) {
  const set = onSettings;
  const size = settings.fontSize;
  const width = settings.lineWidth;
  return (
    <div class="lr-toolbar" role="toolbar" aria-label={t('readerControls')} lang={uiLanguage()}>
      {aloud}
      {set && (
        <>
          <div class="lr-toolbar__group" role="radiogroup" aria-label={t('settingsTheme')}>
            {THEMES.map((theme) => (
              <button
                type="button"
                key={theme}
                role="radio"
                aria-checked={settings.theme === theme}
                class={`lr-swatch lr-swatch--${theme}`}
                title={t(THEME_LABEL[theme])}
                aria-label={t(THEME_LABEL[theme])}
                onClick={() => set({ theme })}
              />
            ))}
          </div>
          <div class="lr-toolbar__group" role="group" aria-label={t('settingsFontSize')}>
            <button type="button" class="lr-tool" aria-label={t('fontSmaller')} title={t('fontSmaller')} disabled={size <= FONT_SIZE.min} onClick={() => set({ fontSize: size - FONT_SIZE.step })}>
              <span aria-hidden="true" class="lr-tool__a-small">A</span>
            </button>
            <output class="lr-toolbar__value" aria-live="polite">{size}</output>
            <button type="button" class="lr-tool" aria-label={t('fontLarger')} title={t('fontLarger')} disabled={size >= FONT_SIZE.max} onClick={() => set({ fontSize: size + FONT_SIZE.step })}>
              <span aria-hidden="true" class="lr-tool__a-large">A</span>
            </button>
          </div>
          <div class="lr-toolbar__group" role="group" aria-label={t('settingsLineWidth')}>
            <button type="button" class="lr-tool" aria-label={t('widthNarrower')} title={t('widthNarrower')} disabled={width <= LINE_WIDTH.min} onClick={() => set({ lineWidth: width - LINE_WIDTH.step })}>
              <span aria-hidden="true">→←</span>
            </button>
            <button type="button" class="lr-tool" aria-label={t('widthWider')} title={t('widthWider')} disabled={width >= LINE_WIDTH.max} onClick={() => set({ lineWidth: width + LINE_WIDTH.step })}>
              <span aria-hidden="true">←→</span>
            </button>
          </div>
          <TypographyMenu settings={settings} set={set} />
        </>
      )}
      {onKeys && (
        <button type="button" class="lr-tool" aria-label={t('keysTitle')} title={t('keysTitle')} data-testid="reader-keys-button" onClick={onKeys}>
          <span aria-hidden="true">?</span>
        </button>
      )}
      {onClose && (
        <button type="button" class="lr-tool lr-tool--close" aria-label={t('readerClose')} title={t('readerCloseHint')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
