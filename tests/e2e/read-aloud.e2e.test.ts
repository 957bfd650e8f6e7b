/**
 * Read aloud in Chromium (dist/chrome) with a real speech engine: espeak-ng through a private speech-dispatcher
 * (speech-dispatcher.ts), which headless Chromium reaches with --enable-speech-dispatcher. The reader reads the
 * Vietnamese founding fixture in a Vietnamese espeak-ng voice; the test records, in the reader's frame, each
 * utterance the reader hands the engine, the engine's start and end events, and what is highlighted when the
 * engine starts each one.
 */
import { mkdirSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { SCREENSHOTS } from './extension-dirs';
import { FOUNDING, expectedOf, serveFixtures, squash, type FixtureServer } from './fixture-server';
import { readerFrame } from './reader-frame';
import { startSpeechDispatcher, type SpeechDispatcher } from './speech-dispatcher';

let speechd: SpeechDispatcher | undefined;
let browser: GrantedChromium | undefined;
let server: FixtureServer;

beforeAll(async () => {
  speechd = await startSpeechDispatcher();
  server = await serveFixtures();
  browser = await launchGrantedChromium({ args: ['--enable-speech-dispatcher'], env: { SPEECHD_ADDRESS: speechd.address } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  speechd?.close();
});

const b = () => browser!;

interface Spoken {
  text: string;
  voice: string | null;
  lang: string;
  events: string[];
  /** What the page highlighted when the engine started this utterance. */
  highlightAtStart: string | null;
}

/** Wraps speechSynthesis.speak in the frame to record what is spoken and when the engine starts and ends it. */
function recordSpeech(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const w = window as any;
    const synth = w.speechSynthesis as SpeechSynthesis;
    const speak = synth.speak.bind(synth);
    const highlight = () => {
      const h = w.CSS.highlights.get('lr-aloud');
      return h ? [...h].map((r: Range) => r.toString()).join('') : null;
    };
    w.__spoken = [];
    synth.speak = (u: SpeechSynthesisUtterance) => {
      const rec = { text: u.text, voice: u.voice?.name ?? null, lang: u.lang, events: [] as string[], highlightAtStart: null as string | null };
      w.__spoken.push(rec);
      u.addEventListener('start', () => {
        rec.events.push('start');
        rec.highlightAtStart = highlight();
      });
      u.addEventListener('end', () => rec.events.push('end'));
      u.addEventListener('error', (e) => rec.events.push(`error:${(e as SpeechSynthesisErrorEvent).error}`));
      speak(u);
    };
    // A stop (silence, then no highlight) is recorded where the test can read it after the frame is gone: the
    // extension's storage. A sentence that ends also cancels, to flush the engine, but keeps a highlight.
    const cancel = synth.cancel.bind(synth);
    synth.cancel = () => {
      cancel();
      queueMicrotask(() => {
        if (!w.CSS.highlights.has('lr-aloud')) void w.chrome.storage.local.set({ testStoppedAfter: w.__spoken.length });
      });
    };
  });
}

const spoken = (frame: Frame) => frame.evaluate(() => (window as any).__spoken as Spoken[]);
const aloudState = (frame: Frame) => frame.$eval('[data-testid="aloud"]', (el) => ({ phase: el.getAttribute('data-phase'), status: el.getAttribute('data-status') }));
const highlighted = (frame: Frame) =>
  frame.evaluate(() => {
    const h = (window as any).CSS.highlights.get('lr-aloud');
    return h ? ([...h] as Range[]).map((r) => r.toString()).join('') : null;
  });
const readingBlock = (frame: Frame) => frame.$eval('[data-aloud]', (el) => el.textContent ?? '').catch(() => null);

describe('read aloud (Chromium, espeak-ng through speech-dispatcher)', () => {
  it('Chromium lists the on-device espeak-ng voices, Vietnamese among them', async () => {
    const page = await b().ctx.newPage();
    await page.goto(`chrome-extension://${b().extensionId}/popup.html`);
    const voices = await page.evaluate(async () => {
      // speech-dispatcher hands over espeak-ng's 13,000 voice variants: Chromium takes a few seconds to list them.
      for (let i = 0; i < 200 && speechSynthesis.getVoices().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      return speechSynthesis.getVoices().map((v) => ({ name: v.name, lang: v.lang, local: v.localService }));
    });
    expect(voices.length).toBeGreaterThan(0);
    expect(voices.filter((v) => v.lang === 'vi' && v.local).length).toBeGreaterThan(0);
    await page.close();
  });

  it('reads the Vietnamese article sentence by sentence, the highlight moving with the engine; next, speed, pause; silent once the reader closes', async () => {
    const expected = expectedOf(FOUNDING);
    const { page, tabId } = await b().openTab(server.url(FOUNDING));
    const popup = await b().ctx.newPage();
    await popup.goto(`chrome-extension://${b().extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-state"][data-state="ready"]', { timeout: 30_000 });
    await popup.click('[data-testid="open-reader"]');
    await page.bringToFront();
    const reader = await readerFrame(page, '[data-testid="article-body"]');
    await recordSpeech(reader);

    // Space, with the focus in the reader, starts reading: the headline first, in a Vietnamese voice.
    await reader.locator('article.lr').press(' ');
    await expect.poll(async () => (await spoken(reader)).filter((s) => s.events.includes('end')).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const first = await spoken(reader);
    expect(squash(first[0]!.text)).toBe(expected.title);
    expect(first[0]!.lang).toBe('vi');
    expect(first[0]!.voice).toMatch(/Vietnamese/);
    // One utterance per sentence (the standfirst's first: the opening paragraph's sentence without its dateline),
    // each started and ended by the engine, and highlighted when the engine started it.
    const firstParagraph = squash([expected.paragraphs[0]!].flat()[0]!);
    expect(firstParagraph).toContain(squash(first[1]!.text));
    expect(first[1]!.text).toMatch(/^Chiều 29-6, .*2021\.$/);
    for (const s of first.filter((x) => x.events.includes('end'))) {
      expect(s.events.slice(0, 2)).toEqual(['start', 'end']);
      expect(squash(s.highlightAtStart ?? '')).toBe(squash(s.text));
    }
    expect(new Set(first.map((s) => s.highlightAtStart)).size).toBeGreaterThan(1); // it moved

    // Space pauses; next paragraph, paused, moves the mark to the next block without a sound; play reads from there.
    await reader.locator('article.lr').press(' ');
    await expect.poll(async () => (await aloudState(reader)).status, { timeout: 5_000 }).toBe('paused');
    const quiet = (await spoken(reader)).length;
    const blockBefore = await readingBlock(reader);
    await reader.locator('[data-testid="aloud-next"]').click();
    await expect.poll(() => readingBlock(reader), { timeout: 5_000 }).not.toBe(blockBefore);
    const mark = squash((await highlighted(reader)) ?? '');
    expect(squash((await readingBlock(reader)) ?? '').startsWith(mark)).toBe(true);
    expect((await spoken(reader)).length).toBe(quiet);
    await reader.locator('[data-testid="aloud-play"]').click();
    await expect.poll(async () => (await spoken(reader)).length, { timeout: 10_000 }).toBeGreaterThan(quiet);
    expect(squash((await spoken(reader))[quiet]!.text)).toBe(mark);

    // Faster: stored with the other settings, and the sentence said again at the new rate.
    await reader.getByRole('button', { name: 'Read faster' }).click();
    await expect
      .poll(() => b().sw.evaluate(async () => ((await (globalThis as any).chrome.storage.sync.get('settings')).settings ?? {}).speechRate), { timeout: 10_000 })
      .toBe(110);

    expect((await aloudState(reader)).status).toBe('playing');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}reader-aloud-light.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENSHOTS}reader-aloud-dark.png`, caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Space pauses again: the engine is told to stop and nothing more is spoken.
    await reader.locator('article.lr').press(' ');
    await expect.poll(async () => (await aloudState(reader)).status, { timeout: 5_000 }).toBe('paused');
    const paused = (await spoken(reader)).length;
    await page.waitForTimeout(1_500);
    expect((await spoken(reader)).length).toBe(paused);
    expect(await reader.evaluate(() => speechSynthesis.speaking)).toBe(false);

    // Reading again, then the reader closed from outside (the popup's toggle: the content script removes the frame,
    // nothing in the reader asked to close): it is silenced as its page goes, and nothing is said after.
    await reader.locator('[data-testid="aloud-play"]').click();
    await expect.poll(async () => (await aloudState(reader)).status, { timeout: 5_000 }).toBe('playing');
    const stopped = () => b().sw.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('testStoppedAfter')).testStoppedAfter ?? null) as number | null);
    expect(await stopped()).toBeNull();
    const spokenBeforeClose = (await spoken(reader)).length;
    await popup.click('[data-testid="open-reader"]');
    await expect.poll(() => reader.isDetached(), { timeout: 10_000 }).toBe(true);
    await expect.poll(stopped, { timeout: 5_000 }).toBeGreaterThanOrEqual(spokenBeforeClose);

    await b().sw.evaluate(() => (globalThis as any).chrome.storage.sync.remove('settings'));
    await popup.close();
    await page.close();
  });
});
