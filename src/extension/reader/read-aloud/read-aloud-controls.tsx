/**
 * The read-aloud controls in the reader's toolbar: one button while closed; open, previous / play-pause / next
 * paragraph, the speed, stop, and a line that names the voice or says why there is none.
 */
import { t } from '../../i18n';
import { SPEECH_RATE, type Settings } from '../../settings';
import type { ReadAloud } from './use-read-aloud';

const icon = (d: string) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="currentColor">
    <path d={d} />
  </svg>
);
const SPEAKER = 'M2 6h3l4-3v10l-4-3H2zM11 5.5a3.5 3.5 0 0 1 0 5l-.8-.8a2.4 2.4 0 0 0 0-3.4zM12.6 3.9a5.8 5.8 0 0 1 0 8.2l-.8-.8a4.6 4.6 0 0 0 0-6.6z';
const PLAY = 'M4 2.5v11l9-5.5z';
const PAUSE = 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z';
const PREVIOUS = 'M3 3h2v10H3zM13 3v10L6 8z';
const NEXT = 'M11 3h2v10h-2zM3 3v10l7-5z';

export function ReadAloudControls({ aloud, settings, set }: { aloud: ReadAloud; settings: Settings; set: (patch: Partial<Settings>) => void }) {
  if (aloud.phase === 'closed') {
    return (
      <button type="button" class="lr-tool" aria-label={t('aloudRead')} title={t('aloudRead')} data-testid="aloud-open" onClick={aloud.toggle}>
        {icon(SPEAKER)}
      </button>
    );
  }
  const rate = settings.speechRate;
  const playing = aloud.status === 'playing';
  const ready = aloud.phase === 'ready';
  const note =
    aloud.phase === 'loading' ? t('aloudLoading')
    : aloud.phase === 'unavailable' ? t('aloudUnavailable')
    : aloud.phase === 'noVoice' ? t('aloudNoVoice', aloud.language)
    : aloud.status === 'failed' ? t('aloudFailed')
    : aloud.status === 'ended' ? t('aloudEnded')
    : t('aloudVoice', aloud.voice);
  return (
    <div class="lr-aloud" role="group" aria-label={t('aloudRead')} data-testid="aloud" data-phase={aloud.phase} data-status={aloud.status}>
      <div class="lr-toolbar__group">
        <button type="button" class="lr-tool" aria-label={t('aloudPrevious')} title={t('aloudPrevious')} disabled={!ready} onClick={() => aloud.step(-1)}>
          {icon(PREVIOUS)}
        </button>
        <button type="button" class="lr-tool" aria-label={t(playing ? 'aloudPause' : 'aloudPlay')} title={t(playing ? 'aloudPause' : 'aloudPlay')} disabled={!ready} data-testid="aloud-play" onClick={aloud.toggle}>
          {icon(playing ? PAUSE : PLAY)}
        </button>
        <button type="button" class="lr-tool" aria-label={t('aloudNext')} title={t('aloudNext')} disabled={!ready} data-testid="aloud-next" onClick={() => aloud.step(1)}>
          {icon(NEXT)}
        </button>
      </div>
      <div class="lr-toolbar__group" role="group" aria-label={t('aloudSpeed')}>
        <button type="button" class="lr-tool" aria-label={t('aloudSlower')} title={t('aloudSlower')} disabled={rate <= SPEECH_RATE.min} onClick={() => set({ speechRate: rate - SPEECH_RATE.step })}>
          <span aria-hidden="true">−</span>
        </button>
        <output class="lr-toolbar__value" data-testid="aloud-rate">{`${(rate / 100).toFixed(1)}×`}</output>
        <button type="button" class="lr-tool" aria-label={t('aloudFaster')} title={t('aloudFaster')} disabled={rate >= SPEECH_RATE.max} onClick={() => set({ speechRate: rate + SPEECH_RATE.step })}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <button type="button" class="lr-tool" aria-label={t('aloudStop')} title={t('aloudStop')} data-testid="aloud-stop" onClick={aloud.close}>
        <span aria-hidden="true">■</span>
      </button>
      <p class="lr-aloud__note" role="status" data-testid="aloud-note">
        {note}
        {aloud.phase === 'noVoice' && aloud.voice && (
          <button type="button" class="lr-tool lr-aloud__default" data-testid="aloud-default" onClick={aloud.useDefaultVoice}>
            {t('aloudUseDefault', aloud.voice)}
          </button>
        )}
      </p>
    </div>
  );
}
