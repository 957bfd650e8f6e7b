import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, setFallbackMessages, t, type LocaleMessages } from '../../src/extension/i18n';

const root = join(import.meta.dirname, '../../public/_locales');
const load = (lang: string): LocaleMessages => JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8'));
const en = load('en');
const vi = load('vi');
/** Every UI language the extension ships, whatever is added later. */
const all = readdirSync(root).map((lang) => ({ lang, messages: load(lang) }));

/** Every t('literal') / tryT('literal') in the UI sources, plus keys built from a prefix (error_, rule_, …). */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        const src = readFileSync(path, 'utf8');
        for (const m of src.matchAll(/\bt(?:ryT)?\(\s*['"]([A-Za-z0-9_]+)['"]/g)) literal.add(m[1]);
        for (const m of src.matchAll(/\bt(?:ryT)?\(\s*`([A-Za-z0-9_]+)\$\{/g)) prefixes.add(m[1]);
        // Lookup tables of keys, e.g. { auto: 'themeAuto' }.
        for (const m of src.matchAll(/:\s*'([a-z]+[A-Z][A-Za-z]+)'/g)) if (m[1] in en) literal.add(m[1]);
      }
    }
  };
  walk(join(import.meta.dirname, '../../src/extension'));
  return { literal, prefixes };
}

describe('locales', () => {
  it('has en and vi', () => {
    expect(all.map((l) => l.lang)).toEqual(expect.arrayContaining(['en', 'vi']));
  });

  it.each(all)('$lang has exactly the keys of en', ({ messages }) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(all)('$lang: every string the UI uses exists, with the placeholders en has', ({ messages }) => {
    const { literal } = usedKeys();
    for (const key of literal) {
      expect(messages, key).toHaveProperty(key);
      expect(Object.keys(messages[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
    }
  });

  it.each([['en', en], ['vi', vi]] as const)('%s: no empty message, valid key names, placeholders match', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[m[1].toLowerCase()], `${key}: $${m[1]}$`).toBeDefined();
      }
      // Same placeholders in both languages.
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
    }
  });

  it('the extension name and description fit the stores', () => {
    for (const messages of [en, vi]) {
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('Vietnamese is actually translated (diacritics, not English copies)', () => {
    const same = Object.keys(en).filter((k) => en[k].message === vi[k].message);
    // Only names and format labels may be identical.
    expect(same.every((k) => /^(extName|badgeNone|format_(md|json|html)|fontSizeValue)$/.test(k)), same.join(', ')).toBe(true);
    const withDiacritics = Object.values(vi).filter((e) => /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i.test(e.message));
    expect(withDiacritics.length).toBeGreaterThan(Object.keys(vi).length * 0.8);
  });

  it('every key the UI uses exists, including each ExtractErrorCode', () => {
    const { literal, prefixes } = usedKeys();
    expect(literal.size).toBeGreaterThan(40);
    for (const key of literal) expect(en, key).toHaveProperty(key);
    expect([...prefixes].sort()).toEqual(['error_', 'format_', 'rule_']);
    const source = readFileSync(join(import.meta.dirname, '../../src/extension/messages.ts'), 'utf8');
    const union = /export type ExtractErrorCode =([^;]*);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(6);
    for (const code of codes) expect(en).toHaveProperty(`error_${code.replace(/-/g, '_')}`);
  });
});

describe('t / formatMessage', () => {
  it('substitutes named placeholders like chrome.i18n', () => {
    expect(formatMessage(en.readingTime, ['7'])).toBe('7 min read');
    expect(formatMessage(vi.readingTime, ['7'])).toBe('7 phút đọc');
    expect(formatMessage({ message: 'Cost: $$5 and $1' }, ['x'])).toBe('Cost: $5 and x');
  });

  it('uses the fallback table outside the extension and shows unknown keys as themselves', () => {
    setFallbackMessages(vi, 'vi');
    expect(t('retry')).toBe('Thử lại');
    expect(t('statusCopied', 'Markdown')).toBe('Đã sao chép dạng Markdown');
    expect(t('no_such_key')).toBe('no_such_key');
    setFallbackMessages(null);
    expect(t('retry')).toBe('retry');
  });

  it('prefers the browser i18n API when present', () => {
    const g = globalThis as { chrome?: unknown };
    g.chrome = { i18n: { getMessage: (key: string, subs: string[]) => `<${key}:${subs.join(',')}>` } };
    try {
      expect(t('readingTime', 3)).toBe('<readingTime:3>');
    } finally {
      delete g.chrome;
    }
  });
});
