/** Text settings beyond size and width: the typeface, line height, paragraph spacing, letter spacing, ragged or justified. */
import { t } from '../i18n';
import { FONT_FAMILIES, LETTER_SPACING, LINE_HEIGHT, PARAGRAPH_SPACING, TEXT_ALIGNS, type Settings, type TextAlign } from '../settings';
import { TYPEFACE_LABEL } from './typefaces';

const ALIGN_LABEL: Record<TextAlign, string> = { start: 'alignStart', justify: 'alignJustify' };

type Numeric = 'lineHeight' | 'paragraphSpacing' | 'letterSpacing';
const RANGES: Record<Numeric, { min: number; max: number; step: number }> = {
  lineHeight: LINE_HEIGHT,
  paragraphSpacing: PARAGRAPH_SPACING,
  letterSpacing: LETTER_SPACING,
};
const LABELS: Record<Numeric, [string, string, string]> = {
  lineHeight: ['settingsLineHeight', 'lineHeightLess', 'lineHeightMore'],
  paragraphSpacing: ['settingsParagraphSpacing', 'paragraphSpacingLess', 'paragraphSpacingMore'],
  letterSpacing: ['settingsLetterSpacing', 'letterSpacingLess', 'letterSpacingMore'],
};

function Stepper({ field, settings, set }: { field: Numeric; settings: Settings; set: (patch: Partial<Settings>) => void }) {
  const range = RANGES[field];
  const value = settings[field];
  const [name, less, more] = LABELS[field];
  return (
    <div class="lr-typo__row" role="group" aria-label={t(name)}>
      <span class="lr-typo__name" aria-hidden="true">
        {t(name)}
      </span>
      <button type="button" class="lr-tool" aria-label={t(less)} title={t(less)} disabled={value <= range.min} onClick={() => set({ [field]: value - range.step })}>
        <span aria-hidden="true">−</span>
      </button>
      <output class="lr-toolbar__value" data-testid={`typo-${field}`}>
        {field === 'lineHeight' ? (value / 100).toFixed(2) : field === 'paragraphSpacing' ? (value / 100).toFixed(1) : (value / 100).toFixed(2)}
      </output>
      <button type="button" class="lr-tool" aria-label={t(more)} title={t(more)} disabled={value >= range.max} onClick={() => set({ [field]: value + range.step })}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}

export function TypographyMenu({ settings, set }: { settings: Settings; set: (patch: Partial<Settings>) => void }) {
  return (
    <details class="lr-typo" data-testid="typography">
      <summary class="lr-tool" title={t('settingsText')} aria-label={t('settingsText')}>
        <span aria-hidden="true">¶</span>
      </summary>
      <div class="lr-typo__panel">
        <div class="lr-faces" role="radiogroup" aria-label={t('settingsFont')} data-testid="typefaces">
          <span class="lr-faces__name" aria-hidden="true">
            {t('settingsFont')}
          </span>
          {FONT_FAMILIES.map((fontFamily) => (
            <button type="button" key={fontFamily} role="radio" aria-checked={settings.fontFamily === fontFamily} class={`lr-tool lr-face--${fontFamily}`} onClick={() => set({ fontFamily })}>
              {t(TYPEFACE_LABEL[fontFamily])}
            </button>
          ))}
        </div>
        <Stepper field="lineHeight" settings={settings} set={set} />
        <Stepper field="paragraphSpacing" settings={settings} set={set} />
        <Stepper field="letterSpacing" settings={settings} set={set} />
        <div class="lr-typo__row lr-segmented" role="radiogroup" aria-label={t('settingsAlign')}>
          {TEXT_ALIGNS.map((textAlign) => (
            <button type="button" key={textAlign} role="radio" aria-checked={settings.textAlign === textAlign} class="lr-tool" onClick={() => set({ textAlign })}>
              {t(ALIGN_LABEL[textAlign])}
            </button>
          ))}
        </div>
      </div>
    </details>
  );
}
