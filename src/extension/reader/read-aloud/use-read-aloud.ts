/**
 * Read aloud for the reader view: finds a voice, builds the queue from what the reader shows, runs the player, and
 * stops it when the reader goes away (unmounted, or its page hidden: the overlay removes the reader's frame).
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { readingQueue, type Article } from '../../../core/index';
import { ReadAloudPlayer, type PlayerStatus, type SynthLike, type UtteranceLike } from './player';
import { sentenceHighlighter } from './sentence-highlight';
import { readableBlocks } from './text-blocks';
import { chooseVoice, loadVoices, type VoiceLike } from './voice-choice';

/** closed: no controls; loading: listing voices; ready: a voice is chosen; noVoice: none for the article's language. */
export type AloudPhase = 'closed' | 'loading' | 'ready' | 'noVoice' | 'unavailable';

export interface ReadAloud {
  phase: AloudPhase;
  status: PlayerStatus;
  voice: string;
  /** The article's language, named in the UI's language ("Vietnamese"). */
  language: string;
  /** Space and the toolbar button: open and read, or pause, or go on. */
  toggle(): void;
  useDefaultVoice(): void;
  step(direction: 1 | -1): void;
  close(): void;
}

type Speech = SynthLike<VoiceLike> & { getVoices(): VoiceLike[]; addEventListener?: SpeechSynthesis['addEventListener']; removeEventListener?: SpeechSynthesis['removeEventListener'] };

function speech(): { synth: Speech; makeUtterance: (text: string) => UtteranceLike<VoiceLike> } | null {
  const g = globalThis as { speechSynthesis?: Speech; SpeechSynthesisUtterance?: new (text: string) => UtteranceLike<VoiceLike> };
  const Utterance = g.SpeechSynthesisUtterance;
  return g.speechSynthesis && Utterance ? { synth: g.speechSynthesis, makeUtterance: (text) => new Utterance(text) } : null;
}

export function languageName(lang: string, uiLang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(primary) ?? primary;
  } catch {
    return primary;
  }
}

export function useReadAloud(options: { enabled: boolean; article: Article; root: RefObject<HTMLElement | null>; rate: number; uiLang: string }): ReadAloud {
  const { enabled, article, root, rate, uiLang } = options;
  const [phase, setPhase] = useState<AloudPhase>('closed');
  const [status, setStatus] = useState<PlayerStatus>('stopped');
  const [voice, setVoice] = useState('');
  const player = useRef<ReadAloudPlayer<VoiceLike> | null>(null);
  const rateRef = useRef(rate);
  rateRef.current = rate;

  useEffect(() => {
    player.current?.setRate(rate);
  }, [rate]);

  useEffect(() => {
    const stop = () => player.current?.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
      player.current = null;
    };
    // Another text, not another Article object (the same article with its attendee summary must not stop reading).
  }, [article.text]);

  async function open(): Promise<void> {
    const engine = speech();
    const el = root.current;
    if (!engine || !el) return setPhase('unavailable');
    setPhase('loading');
    const choice = chooseVoice(await loadVoices(engine.synth), article.lang);
    if (!choice.voice) return setPhase('unavailable');
    setVoice(choice.voice.name);
    const blocks = readableBlocks(el.querySelector('.lr-header'), el.querySelector('.lr-body'));
    const stickyTop = () => Math.max(0, ...[...el.querySelectorAll('.lr-toolbar')].map((bar) => bar.getBoundingClientRect().bottom));
    player.current = new ReadAloudPlayer<VoiceLike>({
      ...engine,
      blocks,
      queue: readingQueue(blocks.map((b) => b.text), article.lang),
      voice: choice.voice,
      lang: article.lang,
      rate: rateRef.current,
      highlighter: sentenceHighlighter(window, stickyTop),
      onStatus: setStatus,
    });
    setPhase(choice.forLanguage ? 'ready' : 'noVoice');
    if (choice.forLanguage) player.current.play();
  }

  return {
    phase: enabled ? phase : 'closed',
    status,
    voice,
    language: languageName(article.lang, uiLang),
    toggle() {
      if (!enabled) return;
      if (phase === 'closed') void open();
      else if (phase === 'ready') player.current?.toggle();
    },
    useDefaultVoice() {
      setPhase('ready');
      player.current?.play();
    },
    step(direction) {
      if (phase === 'ready') player.current?.step(direction);
    },
    close() {
      player.current?.stop();
      player.current = null;
      setStatus('stopped');
      setPhase('closed');
    },
  };
}
