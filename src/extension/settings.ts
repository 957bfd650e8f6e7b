/**
 * Reader settings: one versioned object in storage.sync under "settings", so a change made in one window (or on
 * another device) reaches every open popup, options page and overlay through storage.onChanged.
 */
import { FORMAT_IDS, type FormatId } from '../core/index';
import browser from './browser';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
/** The system's serif and sans-serif, and three typefaces bundled with the extension (public/fonts, see
 * scripts/bundled-fonts.mjs): Literata, Atkinson Hyperlegible Next ('legible') and Atkinson Hyperlegible Mono. */
export type FontFamily = 'serif' | 'sans' | 'literata' | 'legible' | 'mono';
export type TextAlign = 'start' | 'justify';

export interface Settings {
  version: number;
  theme: Theme;
  fontFamily: FontFamily;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Column width in ch. */
  lineWidth: number;
  /** Line height, in hundredths (165 = 1.65). */
  lineHeight: number;
  /** Space after a paragraph, in hundredths of an em. */
  paragraphSpacing: number;
  /** Letter spacing, in hundredths of an em. */
  letterSpacing: number;
  /** Ragged right (start) or justified (with hyphenation). */
  textAlign: TextAlign;
  /** Read-aloud speed, in hundredths of the voice's normal rate (100 = 1×). */
  speechRate: number;
  defaultExport: FormatId;
}

export const SETTINGS_VERSION = 1;
export const STORAGE_KEY = 'settings';

export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'literata', 'legible', 'mono'];
export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_WIDTH = { min: 45, max: 90, step: 5 } as const;
export const LINE_HEIGHT = { min: 130, max: 220, step: 10 } as const;
export const PARAGRAPH_SPACING = { min: 50, max: 250, step: 20 } as const;
export const LETTER_SPACING = { min: 0, max: 10, step: 1 } as const;
export const SPEECH_RATE = { min: 50, max: 250, step: 10 } as const;
export const TEXT_ALIGNS: readonly TextAlign[] = ['start', 'justify'];

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 19,
  lineWidth: 65,
  lineHeight: 165,
  paragraphSpacing: 110,
  letterSpacing: 0,
  textAlign: 'start',
  speechRate: 100,
  defaultExport: 'md',
});

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Numbers (or numeric strings, as older builds stored) clamped to range; anything else gets the default. */
function inRange(range: { min: number; max: number }, value: unknown, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(n)));
}

/**
 * Whatever storage holds (nothing, an old version, a hand-edited or corrupted value) becomes valid Settings.
 * Field by field, so one bad field does not throw away the others. Never throws.
 */
export function migrate(raw: unknown): Settings {
  try {
    return migrateFields(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});
  } catch {
    return { ...DEFAULTS }; // e.g. a getter that throws on an object some extension page put in storage
  }
}

function migrateFields(r: Record<string, unknown>): Settings {
  return {
    version: SETTINGS_VERSION,
    theme: oneOf(THEMES, r.theme, DEFAULTS.theme),
    // Version 0 builds called it "font" with values "serif"/"sans-serif".
    fontFamily: oneOf(FONT_FAMILIES, r.fontFamily ?? (r.font === 'sans-serif' ? 'sans' : r.font), DEFAULTS.fontFamily),
    fontSize: inRange(FONT_SIZE, r.fontSize, DEFAULTS.fontSize),
    lineWidth: inRange(LINE_WIDTH, r.lineWidth, DEFAULTS.lineWidth),
    lineHeight: inRange(LINE_HEIGHT, r.lineHeight, DEFAULTS.lineHeight),
    paragraphSpacing: inRange(PARAGRAPH_SPACING, r.paragraphSpacing, DEFAULTS.paragraphSpacing),
    letterSpacing: inRange(LETTER_SPACING, r.letterSpacing, DEFAULTS.letterSpacing),
    textAlign: oneOf(TEXT_ALIGNS, r.textAlign, DEFAULTS.textAlign),
    speechRate: inRange(SPEECH_RATE, r.speechRate, DEFAULTS.speechRate),
    defaultExport: oneOf(FORMAT_IDS, r.defaultExport, DEFAULTS.defaultExport),
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(STORAGE_KEY);
    return migrate(got[STORAGE_KEY]);
  } catch {
    // storage.sync can be unavailable (Firefox without an add-on id, enterprise policy): read as defaults.
    return migrate(undefined);
  }
}

/** Merges a patch into the stored settings and returns what was saved. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = migrate({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [STORAGE_KEY]: next });
  return next;
}

/** Calls listener with the new settings whenever any window changes them; returns the unsubscribe function. */
export function subscribeSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && STORAGE_KEY in changes) listener(migrate(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
