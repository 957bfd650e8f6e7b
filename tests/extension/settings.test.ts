import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake storage.sync with onChanged, standing in for the polyfilled browser API.
const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
  const area: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  return {
    area,
    listeners,
    browser: {
      storage: {
        sync: {
          async get(key: string) {
            return key in area ? { [key]: structuredClone(area[key]) } : {};
          },
          async set(items: Record<string, unknown>) {
            for (const [k, v] of Object.entries(items)) {
              const oldValue = area[k];
              area[k] = structuredClone(v);
              for (const l of listeners) l({ [k]: { oldValue, newValue: structuredClone(v) } }, 'sync');
            }
          },
        },
        onChanged: {
          addListener: (l: Listener) => listeners.add(l),
          removeListener: (l: Listener) => listeners.delete(l),
        },
      },
    },
  };
});
vi.mock('../../src/extension/browser', () => ({ default: fake.browser }));

const { DEFAULTS, FONT_SIZE, LINE_WIDTH, SPEECH_RATE, loadSettings, migrate, saveSettings, subscribeSettings } = await import('../../src/extension/settings');

describe('migrate', () => {
  it.each([undefined, null, 42, 'dark', [], [1, 2], true])('falls back to defaults for %j', (raw) => {
    expect(migrate(raw)).toEqual(DEFAULTS);
  });

  it('keeps valid fields and replaces only the invalid ones', () => {
    const s = migrate({ version: 1, theme: 'sepia', fontFamily: 'comic', fontSize: 22, lineWidth: 'wide', defaultExport: 'bibtex' });
    expect(s).toEqual({ ...DEFAULTS, theme: 'sepia', fontSize: 22, defaultExport: 'bibtex' });
  });

  it('keeps each of the five typefaces, and only those', () => {
    for (const fontFamily of ['serif', 'sans', 'literata', 'legible', 'mono']) expect(migrate({ fontFamily }).fontFamily).toBe(fontFamily);
    for (const fontFamily of ['Literata', 'atkinson', 'monospace', 'Lucid Literata']) expect(migrate({ fontFamily }).fontFamily).toBe(DEFAULTS.fontFamily);
  });

  it('clamps sizes into range and rounds them', () => {
    expect(migrate({ fontSize: 3, lineWidth: 500 })).toMatchObject({ fontSize: FONT_SIZE.min, lineWidth: LINE_WIDTH.max });
    expect(migrate({ fontSize: 17.6 }).fontSize).toBe(18);
    expect(migrate({ fontSize: Number.NaN, lineWidth: Infinity })).toMatchObject({ fontSize: DEFAULTS.fontSize, lineWidth: DEFAULTS.lineWidth });
  });

  it('keeps the read-aloud speed within its range, like the sizes', () => {
    expect(migrate({ speechRate: 180 }).speechRate).toBe(180);
    expect(migrate({ speechRate: 5 }).speechRate).toBe(SPEECH_RATE.min);
    expect(migrate({ speechRate: '900' }).speechRate).toBe(SPEECH_RATE.max);
    expect(migrate({ speechRate: 'fast' }).speechRate).toBe(DEFAULTS.speechRate);
  });

  it('reads an old unversioned shape (numeric strings, "font": "sans-serif")', () => {
    expect(migrate({ font: 'sans-serif', fontSize: '21', theme: 'dark' })).toEqual({ ...DEFAULTS, fontFamily: 'sans', fontSize: 21, theme: 'dark' });
  });

  it('always writes the current version and drops unknown fields', () => {
    const s = migrate({ version: 0, extra: 'x', theme: 'light' });
    expect(s.version).toBe(DEFAULTS.version);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('is idempotent on its own output', () => {
    const once = migrate({ theme: 'dark', fontSize: 99 });
    expect(migrate(once)).toEqual(once);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(migrate(Object.create(null))).toEqual(DEFAULTS);
    expect(migrate(hostile)).toEqual(DEFAULTS);
  });
});

describe('storage', () => {
  beforeEach(() => {
    for (const k of Object.keys(fake.area)) delete fake.area[k];
    fake.listeners.clear();
  });

  it('loads defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULTS);
    fake.area.settings = 'corrupted';
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  it('saves a patch merged over what is stored', async () => {
    fake.area.settings = { ...DEFAULTS, theme: 'dark' };
    const saved = await saveSettings({ fontSize: 24 });
    expect(saved).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 24 });
    expect(fake.area.settings).toEqual(saved);
  });

  it('tells subscribers about changes made elsewhere, and stops after unsubscribe', async () => {
    const seen: unknown[] = [];
    const stop = subscribeSettings((s) => seen.push(s));
    await saveSettings({ theme: 'sepia' });
    // Another window writing a corrupted value still yields valid settings.
    await fake.browser.storage.sync.set({ settings: { theme: 'neon' } });
    // Unrelated keys are ignored.
    await fake.browser.storage.sync.set({ other: 1 });
    stop();
    await saveSettings({ theme: 'dark' });
    expect(seen).toEqual([{ ...DEFAULTS, theme: 'sepia' }, DEFAULTS]);
  });
});
