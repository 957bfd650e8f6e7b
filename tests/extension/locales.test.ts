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

/** The UI languages issue #16 asks for, as Chrome and Firefox name their _locales folders. */
const SHIPPED = ['en', 'vi', 'es', 'fr', 'de', 'pt_BR', 'ja', 'zh_CN', 'ru', 'id'];
/** Folder names Chrome accepts (chrome.i18n's supported locales); Firefox reads the same names. */
const CHROME_LOCALES = new Set(
  ('ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko lt lv ml mr ms ' +
    'nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW').split(' '),
);
/** Keys whose English text is also right in another language: names, format labels, cognates ("Sepia", "Source"). */
const MAY_MATCH_ENGLISH = /^(extName|badgeNone|fontSizeValue|format_\w+|batchFormatJsonl|themeSepia|peopleEvidence|citationLabel)$/;
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('locales', () => {
  it('ships en, vi, es, fr, de, pt_BR, ja, zh_CN, ru and id, each under a folder name the browsers know', () => {
    expect(all.map((l) => l.lang).sort()).toEqual([...SHIPPED].sort());
    for (const { lang } of all) expect(CHROME_LOCALES.has(lang), lang).toBe(true);
  });

  it.each(all)('$lang declares its own language tag (uiLang), which the pages put in their lang attribute', ({ lang, messages }) => {
    expect(messages.uiLang.message).toBe(lang.replace('_', '-'));
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

  it.each(all)('$lang: no empty message, valid key names, placeholders match', ({ messages }) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[m[1].toLowerCase()], `${key}: $${m[1]}$`).toBeDefined();
      }
      // Same placeholders as English, declared and used: a translation that drops $COUNT$ shows no number.
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
      expect(placeholdersIn(entry.message), key).toEqual(placeholdersIn(en[key].message));
    }
  });

  it.each(all)('$lang: the extension name and description fit the stores', ({ messages }) => {
    expect(messages.extName.message.length).toBeLessThanOrEqual(45);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it.each(all.filter((l) => l.lang !== 'en'))('$lang is translated: only names and cognates read as in English', ({ messages }) => {
    const same = Object.keys(en).filter((k) => en[k].message === messages[k].message);
    expect(same.filter((k) => !MAY_MATCH_ENGLISH.test(k)), same.join(', ')).toEqual([]);
  });

  it('each language is written in its own script', () => {
    const share = (lang: string, script: RegExp) => {
      const messages = Object.values(all.find((l) => l.lang === lang)!.messages);
      return messages.filter((e) => script.test(e.message)).length / messages.length;
    };
    expect(share('ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u)).toBeGreaterThan(0.8);
    expect(share('zh_CN', /\p{Script=Han}/u)).toBeGreaterThan(0.8);
    expect(share('zh_CN', /[\p{Script=Hiragana}\p{Script=Katakana}]/u)).toBe(0); // no Japanese left in the Chinese
    expect(share('ru', /\p{Script=Cyrillic}/u)).toBeGreaterThan(0.8);
    expect(share('de', /[äöüßÄÖÜ]/)).toBeGreaterThan(0.2);
    expect(share('fr', /[éèêàçùâîôœ’]/)).toBeGreaterThan(0.5);
    expect(share('es', /[áéíóúñ¿¡]/)).toBeGreaterThan(0.3);
    expect(share('pt_BR', /[ãõçáéêíóôú]/)).toBeGreaterThan(0.3);
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
