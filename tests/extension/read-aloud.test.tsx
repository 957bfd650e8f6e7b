// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readingQueue } from '../../src/core/index';
import { setFallbackMessages } from '../../src/extension/i18n';
import { ReadAloudPlayer, type PlayerStatus, type UtteranceLike } from '../../src/extension/reader/read-aloud/player';
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, sentenceHighlighter } from '../../src/extension/reader/read-aloud/sentence-highlight';
import { readableBlocks, textBlock } from '../../src/extension/reader/read-aloud/text-blocks';
import { chooseVoice, loadVoices, type VoiceLike } from '../../src/extension/reader/read-aloud/voice-choice';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');
const { ReaderView } = await import('../../src/extension/reader/reader-view');

const voice = (name: string, lang: string, more: Partial<VoiceLike> = {}): VoiceLike => ({ name, lang, default: false, localService: true, ...more });

/** A speech engine that speaks nothing: it records utterances, and the test says when each one ends. */
class FakeSynth {
  spoken: Array<UtteranceLike<VoiceLike>> = [];
  cancels = 0;
  voices: VoiceLike[] = [];
  speak(u: UtteranceLike<VoiceLike>) {
    this.spoken.push(u);
    u.onstart?.({});
  }
  cancel() {
    this.cancels++;
    // Engines report the cancelled utterance as interrupted, later.
    const last = this.spoken.at(-1);
    queueMicrotask(() => last?.onerror?.({ error: 'interrupted' }));
  }
  getVoices() {
    return this.voices;
  }
  /** The last utterance finishes. */
  end() {
    this.spoken.at(-1)!.onend?.({});
  }
  texts() {
    return this.spoken.map((u) => u.text);
  }
}

class FakeUtterance implements UtteranceLike<VoiceLike> {
  lang = '';
  rate = 1;
  voice: VoiceLike | null = null;
  onstart = null;
  onend = null;
  onerror = null;
  onboundary = null;
  constructor(public text: string) {}
}

/** The CSS Custom Highlight API as Chromium has it (jsdom has none). */
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
const highlights = new Map<string, FakeHighlight>();
const highlighted = (name = SENTENCE_HIGHLIGHT) => highlights.get(name)?.ranges.map((r) => r.toString()).join('') ?? null;

beforeAll(() => {
  setFallbackMessages(en);
  Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights } });
});
beforeEach(() => highlights.clear());
afterEach(() => {
  cleanup();
  delete (globalThis as Record<string, unknown>).speechSynthesis;
  delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
});

function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test markup
  document.body.append(el);
  return el;
}

describe('voice choice', () => {
  const voices = [
    voice('Default English', 'en-US', { default: true }),
    voice('Google tiếng Việt', 'vi-VN', { localService: false }),
    voice('Vietnamese (Central)', 'vi-VN-X-CENTRAL'),
    voice('Vietnamese (Northern)', 'vi'),
    voice('German', 'de_DE'),
  ];
  it("takes an on-device voice of the article's language, the exact tag first", () => {
    expect(chooseVoice(voices, 'vi')).toEqual({ voice: voices[3], forLanguage: true });
    expect(chooseVoice(voices, 'vi-VN')).toEqual({ voice: voices[2], forLanguage: true }); // the network voice is never taken
    expect(chooseVoice(voices, 'de-AT')).toEqual({ voice: voices[4], forLanguage: true });
  });
  it('offers the default voice, saying it is not for the language, when the language has none', () => {
    expect(chooseVoice(voices, 'ja')).toEqual({ voice: voices[0], forLanguage: false });
    expect(chooseVoice(voices, '')).toEqual({ voice: voices[0], forLanguage: true });
    expect(chooseVoice([voice('Net', 'vi', { localService: false })], 'vi')).toEqual({ voice: null, forLanguage: false });
  });
  it('waits for voices listed late (Chrome lists them after voiceschanged), and gives up with none', async () => {
    vi.useFakeTimers();
    try {
      const synth = new FakeSynth();
      const late = loadVoices(synth, 3000);
      synth.voices = [voice('Late', 'en')];
      await vi.advanceTimersByTimeAsync(300);
      expect(await late).toEqual([voice('Late', 'en')]);
      const none = loadVoices(new FakeSynth(), 1000);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await none).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('text blocks', () => {
  it('maps sentence offsets back to DOM ranges across inline markup and line breaks', () => {
    const el = dom('<p>Ông <a href="#x">Nguyễn   Văn A</a> đến <em>TP. Huế</em>. Trời mưa!<br>Dòng mới</p>');
    const block = textBlock(el.querySelector('p')!);
    expect(block.text).toBe('Ông Nguyễn   Văn A đến TP. Huế. Trời mưa!\nDòng mới');
    const queue = readingQueue([block.text], 'vi');
    expect(queue.map((s) => block.range(s.start, s.end).toString())).toEqual(['Ông Nguyễn   Văn A đến TP. Huế.', 'Trời mưa!', 'Dòng mới']);
  });

  it('reads the headline, the standfirst and the innermost blocks of the body, in order', () => {
    const el = dom(
      '<header class="lr-header"><p class="lr-site">x.example</p><h1 class="lr-title">Title</h1><p class="lr-standfirst">Lead.</p></header>' +
        '<div class="lr-body"><h2>Part</h2><ul><li><p>Item one.</p></li><li>Item two.</li></ul><p> </p><blockquote><p>Quote.</p></blockquote></div>',
    );
    expect(readableBlocks(el.querySelector('.lr-header'), el.querySelector('.lr-body')).map((b) => b.text)).toEqual(['Title', 'Lead.', 'Part', 'Item one.', 'Item two.', 'Quote.']);
  });
});

describe('player', () => {
  function setup(html = '<p>First one. First two.</p><p>Second one.</p><p>Third one. Third two.</p>') {
    const el = dom(html);
    const blocks = [...el.querySelectorAll('p')].map(textBlock);
    const synth = new FakeSynth();
    const statuses: PlayerStatus[] = [];
    const player = new ReadAloudPlayer<VoiceLike>({
      synth,
      makeUtterance: (text) => new FakeUtterance(text),
      blocks,
      queue: readingQueue(blocks.map((b) => b.text), 'en'),
      voice: voice('English', 'en-GB'),
      lang: 'en',
      rate: 100,
      highlighter: sentenceHighlighter(window, () => 0),
      onStatus: (s) => statuses.push(s),
    });
    const reading = () => [...el.querySelectorAll('[data-aloud]')].map((p) => p.textContent);
    return { el, synth, player, statuses, reading };
  }

  it('speaks sentence after sentence, the highlight and the paragraph mark moving with it, and ends', async () => {
    const { synth, player, statuses, reading } = setup();
    player.play();
    expect(synth.texts()).toEqual(['First one.']);
    expect(synth.spoken[0]).toMatchObject({ lang: 'en-GB', rate: 1, voice: { name: 'English' } });
    expect(highlighted()).toBe('First one.');
    expect(reading()).toEqual(['First one. First two.']);
    synth.end();
    expect(highlighted()).toBe('First two.');
    synth.end();
    expect(highlighted()).toBe('Second one.');
    expect(reading()).toEqual(['Second one.']);
    await Promise.resolve(); // the engine's late "interrupted" for earlier utterances changes nothing
    synth.end();
    synth.end();
    synth.end();
    expect(synth.texts()).toEqual(['First one.', 'First two.', 'Second one.', 'Third one.', 'Third two.']);
    expect(statuses).toEqual(['playing', 'ended']);
    expect(highlighted()).toBeNull();
    expect(reading()).toEqual([]);
  });

  it('pauses (silence, the sentence still marked) and goes on from the start of that sentence', async () => {
    const { synth, player, statuses } = setup();
    player.play();
    synth.end();
    const cancels = synth.cancels;
    player.toggle();
    expect(synth.cancels).toBe(cancels + 1);
    expect(highlighted()).toBe('First two.');
    synth.spoken.at(-1)!.onend?.({}); // an engine that still reports the end of the cancelled sentence
    await Promise.resolve();
    expect(synth.texts()).toEqual(['First one.', 'First two.']);
    player.toggle();
    expect(synth.texts()).toEqual(['First one.', 'First two.', 'First two.']);
    expect(statuses).toEqual(['playing', 'paused', 'playing']);
  });

  it('moves by paragraph: next speaks the next one at once, previous goes back one; paused, it only moves the mark', () => {
    const { synth, player } = setup();
    player.play();
    player.step(1);
    expect(synth.texts().at(-1)).toBe('Second one.');
    player.step(1);
    expect(highlighted()).toBe('Third one.');
    synth.end();
    player.step(-1);
    expect(synth.texts().at(-1)).toBe('Second one.');
    player.pause();
    const spoken = synth.spoken.length;
    player.step(-1);
    expect(highlighted()).toBe('First one.');
    expect(synth.spoken.length).toBe(spoken);
  });

  it('says the sentence again at a new speed, stops on an engine error, and clears everything on stop', () => {
    const { synth, player, statuses, reading } = setup();
    player.play();
    player.setRate(150);
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'First one.', rate: 1.5 });
    synth.spoken.at(-1)!.onerror?.({ error: 'synthesis-failed' });
    expect(statuses.at(-1)).toBe('failed');
    player.play();
    player.stop();
    expect(statuses.at(-1)).toBe('stopped');
    expect(highlighted()).toBeNull();
    expect(reading()).toEqual([]);
  });

  it("marks the word an engine reports with a boundary event, inside the sentence's range", () => {
    const { synth, player } = setup('<p>Hello <b>big</b> world. Bye.</p>');
    player.play();
    synth.spoken[0]!.onboundary?.({ name: 'word', charIndex: 6, charLength: 3 });
    expect(highlighted(WORD_HIGHLIGHT)).toBe('big');
    synth.spoken[0]!.onboundary?.({ name: 'word', charIndex: 10 }); // no length given: up to the next space
    expect(highlighted(WORD_HIGHLIGHT)).toBe('world.');
    synth.end();
    expect(highlighted(WORD_HIGHLIGHT)).toBeNull();
    expect(highlighted()).toBe('Bye.');
  });
});

describe('read aloud in the reader view', () => {
  function install(voices: VoiceLike[]): FakeSynth {
    const synth = new FakeSynth();
    synth.voices = voices;
    Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    return synth;
  }
  const article = readerArticle({
    lang: 'vi',
    title: 'Hội nghị giao ban',
    html: '<p>Sáng 6/12, PGS.TS. Lê Văn B phát biểu. Hội nghị kết thúc.</p><p>Đoạn hai.</p>',
  });

  it('space opens read-aloud and reads the headline first in the Vietnamese voice; space again pauses', async () => {
    const synth = install([voice('English', 'en-US', { default: true }), voice('Vietnamese (Northern)', 'vi')]);
    const onSettings = vi.fn();
    render(<ReaderView article={article} settings={DEFAULTS} onSettings={onSettings} onClose={() => undefined} />);
    const root = screen.getByRole('article');
    await act(async () => void fireEvent.keyDown(root, { key: ' ' }));
    expect(synth.texts()).toEqual(['Hội nghị giao ban']);
    expect(synth.spoken[0]!.voice?.name).toBe('Vietnamese (Northern)');
    expect(screen.getByTestId('aloud-note').textContent).toBe('Voice: Vietnamese (Northern)');
    act(() => synth.end());
    expect(synth.texts().at(-1)).toBe('Sáng 6/12, PGS.TS. Lê Văn B phát biểu.');
    expect(highlighted()).toBe('Sáng 6/12, PGS.TS. Lê Văn B phát biểu.');
    await act(async () => void fireEvent.keyDown(root, { key: ' ' }));
    expect(screen.getByTestId('aloud').dataset.status).toBe('paused');
    // The speed control stores the speed with the other settings.
    fireEvent.click(screen.getByRole('button', { name: 'Read faster' }));
    expect(onSettings).toHaveBeenCalledWith({ speechRate: 110 });
    // Space on a focused button presses the button, not read-aloud.
    await act(async () => void fireEvent.keyDown(screen.getByRole('button', { name: 'Read faster' }), { key: ' ' }));
    expect(screen.getByTestId('aloud').dataset.status).toBe('paused');
  });

  it('says plainly when the system has no voice for the language, and reads with the default voice on request', async () => {
    const synth = install([voice('English', 'en-US', { default: true })]);
    render(<ReaderView article={article} settings={DEFAULTS} onSettings={() => undefined} />);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Read aloud' })));
    expect(screen.getByTestId('aloud-note').textContent).toContain('There is no Vietnamese voice on this device.');
    expect(synth.spoken).toEqual([]);
    await act(async () => void fireEvent.click(screen.getByTestId('aloud-default')));
    expect(synth.texts()).toEqual(['Hội nghị giao ban']);
    expect(synth.spoken[0]).toMatchObject({ lang: 'en-US', voice: { name: 'English' } });
  });

  it('says so when the browser cannot speak at all', async () => {
    render(<ReaderView article={article} settings={DEFAULTS} onSettings={() => undefined} />);
    await act(async () => void fireEvent.keyDown(screen.getByRole('article'), { key: ' ' }));
    expect(screen.getByTestId('aloud-note').textContent).toBe(en.aloudUnavailable.message);
  });

  it('stops speaking and clears the highlight when the reader goes away (closed, or its page hidden)', async () => {
    const synth = install([voice('Vietnamese', 'vi')]);
    const view = render(<ReaderView article={article} settings={DEFAULTS} onSettings={() => undefined} />);
    await act(async () => void fireEvent.keyDown(screen.getByRole('article'), { key: ' ' }));
    window.dispatchEvent(new Event('pagehide'));
    const cancels = synth.cancels;
    expect(highlighted()).toBeNull();
    await act(async () => void fireEvent.click(screen.getByTestId('aloud-play')));
    expect(highlighted()).not.toBeNull();
    act(() => {
      view.unmount();
    });
    expect(synth.cancels).toBeGreaterThan(cancels);
    expect(highlighted()).toBeNull();
    act(() => synth.end()); // a late end from the engine speaks nothing more
    expect(synth.texts()).toEqual(['Hội nghị giao ban', 'Hội nghị giao ban']);
  });

  it('stops speaking before it asks to close the reader (Esc, the close button)', async () => {
    const synth = install([voice('Vietnamese', 'vi')]);
    const onClose = vi.fn(() => expect(synth.spoken.length > 0 && highlighted() === null).toBe(true));
    render(<ReaderView article={article} settings={DEFAULTS} onSettings={() => undefined} onClose={onClose} />);
    await act(async () => void fireEvent.keyDown(screen.getByRole('article'), { key: ' ' }));
    expect(highlighted()).not.toBeNull();
    const cancels = synth.cancels;
    await act(async () => void fireEvent.keyDown(screen.getByRole('article'), { key: 'Escape' }));
    expect(onClose).toHaveReturned();
    expect(synth.cancels).toBe(cancels + 1);
  });

  it('lists space in the keys', async () => {
    render(<ReaderView article={article} settings={DEFAULTS} onSettings={() => undefined} />);
    await act(async () => void fireEvent.keyDown(screen.getByRole('article'), { key: '?' }));
    expect(screen.getByTestId('reader-keys').textContent).toContain('SpaceRead aloud: start or pause');
  });
});
