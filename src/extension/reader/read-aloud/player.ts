/**
 * Reads the queue aloud, one utterance per sentence: the highlight moves at each sentence on every engine (many
 * give no boundary events, speech-dispatcher's among them), and a long text is never one utterance that some
 * engines cut off. Where the engine reports word boundaries, the word is highlighted too. Pause cancels the
 * sentence and play says it again from its start: pause()/resume() of speechSynthesis are unreliable across engines.
 * Events of an utterance that was cancelled are ignored (each speak has a generation).
 */
import { paragraphStep, type QueuedSentence } from '../../../core/index';
import type { SentenceHighlighter } from './sentence-highlight';
import type { TextBlock } from './text-blocks';

export interface UtteranceLike<V = unknown> {
  text: string;
  lang: string;
  rate: number;
  voice: V | null;
  onstart: ((e: unknown) => void) | null;
  onend: ((e: unknown) => void) | null;
  onerror: ((e: { error?: string }) => void) | null;
  onboundary: ((e: { charIndex: number; charLength?: number; name?: string }) => void) | null;
}

export interface SynthLike<V = unknown> {
  speak(utterance: UtteranceLike<V>): void;
  cancel(): void;
}

export type PlayerStatus = 'stopped' | 'playing' | 'paused' | 'ended' | 'failed';

export interface PlayerOptions<V> {
  synth: SynthLike<V>;
  makeUtterance: (text: string) => UtteranceLike<V>;
  blocks: readonly TextBlock[];
  queue: readonly QueuedSentence[];
  voice: V | null;
  /** The article's language, for the utterance when the voice is the default one of another language. */
  lang: string;
  /** Hundredths of the normal rate. */
  rate: number;
  highlighter: SentenceHighlighter;
  onStatus: (status: PlayerStatus) => void;
}

export class ReadAloudPlayer<V> {
  private at = 0;
  private generation = 0;
  private status: PlayerStatus = 'stopped';
  /** The utterance being spoken, held so no engine loses its events to garbage collection. */
  current: UtteranceLike<V> | null = null;

  constructor(private readonly o: PlayerOptions<V>) {}

  get index(): number {
    return this.at;
  }

  play(): void {
    if (this.at >= this.o.queue.length) this.at = 0; // at the end: from the top again
    this.setStatus('playing');
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.setStatus('paused');
  }

  toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  /** Next or previous paragraph: spoken at once while playing, otherwise shown where play will start. */
  step(direction: 1 | -1): void {
    const to = paragraphStep(this.o.queue, this.at, direction);
    this.at = Math.min(to, Math.max(this.o.queue.length - 1, 0));
    if (to >= this.o.queue.length && direction === 1) {
      this.finish();
      return;
    }
    if (this.status === 'playing') this.speakCurrent();
    else this.showCurrent();
  }

  setRate(rate: number): void {
    if (rate === this.o.rate) return;
    this.o.rate = rate;
    if (this.status === 'playing') this.speakCurrent(); // the sentence again, at the new speed
  }

  /** Silence and no highlight: the reader closes, or the person closes the read-aloud bar. */
  stop(): void {
    this.silence();
    this.o.highlighter.clear();
    this.setStatus('stopped');
  }

  private silence(): void {
    this.generation++;
    this.current = null;
    this.o.synth.cancel();
  }

  private finish(): void {
    this.silence();
    this.o.highlighter.clear();
    this.at = this.o.queue.length;
    this.setStatus('ended');
  }

  private showCurrent(): QueuedSentence | undefined {
    const sentence = this.o.queue[this.at];
    const block = sentence && this.o.blocks[sentence.block];
    if (sentence && block) this.o.highlighter.show(block.range(sentence.start, sentence.end), block.element);
    return sentence;
  }

  private speakCurrent(): void {
    this.silence(); // drops whatever the engine still holds
    const sentence = this.showCurrent();
    if (!sentence) {
      this.finish();
      return;
    }
    const generation = this.generation;
    const mine = () => generation === this.generation;
    const u = this.o.makeUtterance(sentence.text);
    u.lang = (this.o.voice as { lang?: string } | null)?.lang ?? this.o.lang;
    u.voice = this.o.voice;
    u.rate = this.o.rate / 100;
    u.onboundary = (e) => {
      if (!mine() || (e.name && e.name !== 'word')) return;
      const block = this.o.blocks[sentence.block]!;
      const length = e.charLength || /^\S*/u.exec(sentence.text.slice(e.charIndex))![0].length;
      const start = sentence.start + e.charIndex;
      this.o.highlighter.word(length > 0 && start + length <= sentence.end ? block.range(start, start + length) : null);
    };
    u.onend = () => {
      if (!mine()) return;
      this.at++;
      this.speakCurrent();
    };
    u.onerror = (e) => {
      if (!mine() || e.error === 'interrupted' || e.error === 'canceled') return;
      this.silence();
      this.setStatus('failed');
    };
    this.current = u;
    this.o.synth.speak(u);
  }

  private setStatus(status: PlayerStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.o.onStatus(status);
  }
}
