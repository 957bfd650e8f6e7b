import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { countReadingUnits } from '../../src/core/text/normalize';
import { readingMinutes, readingRates } from '../../src/core/text/reading-time';
import { nodeSanitizer } from '../../src/node/index';

const words = (n: number) => ({ words: n, characters: 0 });
const chars = (n: number) => ({ words: 0, characters: n });

describe('readingRates', () => {
  it('English reads at Brysbaert’s 238 words a minute; IReST’s languages are scaled from it by IReST’s ratio to English', () => {
    expect(readingRates('en').wordsPerMinute).toBe(238);
    // 238 × (IReST rate / 228): Spanish 218, French 195, German 179, Portuguese 181, Russian 184.
    expect(readingRates('es').wordsPerMinute).toBe(228);
    expect(readingRates('fr').wordsPerMinute).toBe(204);
    expect(readingRates('de').wordsPerMinute).toBe(187);
    expect(readingRates('pt').wordsPerMinute).toBe(189);
    expect(readingRates('ru').wordsPerMinute).toBe(192);
  });

  it('Chinese and Japanese are counted in characters, at their own rates', () => {
    expect(readingRates('zh').charactersPerMinute).toBe(266);
    expect(readingRates('ja').charactersPerMinute).toBe(373);
    // Korean Hangul blocks and Vietnamese space-separated units are syllables: IReST's mean syllable rate, scaled.
    expect(readingRates('ko').charactersPerMinute).toBe(386);
    expect(readingRates('vi').wordsPerMinute).toBe(386);
  });

  it('reads region and script subtags, either separator, any case', () => {
    expect(readingRates('pt-BR')).toEqual(readingRates('pt'));
    expect(readingRates('zh_CN')).toEqual(readingRates('zh'));
    expect(readingRates('zh-Hant-TW')).toEqual(readingRates('zh'));
    expect(readingRates('DE-at')).toEqual(readingRates('de'));
  });

  it('a language IReST lacks (Indonesian, Czech, none) gets IReST’s mean over its languages, scaled: 192', () => {
    for (const lang of ['id', 'cs', '']) expect(readingRates(lang).wordsPerMinute, lang).toBe(192);
  });
});

describe('readingMinutes', () => {
  it('no text, no minutes; any text at least one', () => {
    expect(readingMinutes(words(0), 'en')).toBe(0);
    expect(readingMinutes(words(3), 'en')).toBe(1);
    expect(readingMinutes(chars(5), 'ja')).toBe(1);
  });

  it('the same number of words takes longer in a language that needs more of them', () => {
    expect(readingMinutes(words(2380), 'en')).toBe(10);
    expect(readingMinutes(words(2380), 'de')).toBe(13); // 2380 / 187
    expect(readingMinutes(words(2380), 'fr')).toBe(12); // 2380 / 204
    expect(readingMinutes(words(2380), 'es')).toBe(10); // 2380 / 228
  });

  it('CJK characters and the Latin words between them are timed apart and added', () => {
    expect(readingMinutes(chars(2660), 'zh-CN')).toBe(10);
    expect(readingMinutes(chars(3730), 'ja')).toBe(10);
    // 1330 characters (5 min) and 960 words at the default rate (5 min).
    expect(readingMinutes({ words: 960, characters: 1330 }, 'zh')).toBe(10);
  });
});

describe('countReadingUnits', () => {
  it('counts Han, kana and Hangul one by one, and words apart', () => {
    expect(countReadingUnits('我们今天去了北京, then Paris.')).toEqual({ words: 2, characters: 8 });
    expect(countReadingUnits('東京では、きょうも雨が降りました。')).toEqual({ words: 0, characters: 15 });
    expect(countReadingUnits('서울 시청 앞')).toEqual({ words: 0, characters: 5 });
    // Vietnamese: one unit a syllable; the date 9/10 is two numbers.
    expect(countReadingUnits('Sáng 9/10, Tỉnh ủy tổ chức hội nghị.')).toEqual({ words: 9, characters: 0 });
  });
});

describe('an extracted article’s reading time follows its language', () => {
  const page = (lang: string, paragraph: string, n: number) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title><meta property="og:type" content="article"></head>` +
    `<body><main><article><h1>Headline of the piece</h1>${Array.from({ length: n }, () => `<p>${paragraph}</p>`).join('')}</article></main></body></html>`;
  const extract = (html: string) => extractArticle(parseHTML(html).document as unknown as Document, 'https://news.example/a/1', { sanitize: nodeSanitizer(), attendees: false });

  it('a Chinese page by characters, a German one by German words', () => {
    const chinese = '市议会周二晚上花了大半时间讨论图书馆预算，该预算已连续三年削减而到馆人数却增加了三分之一以上的读者和家庭。';
    const han = [...chinese].filter((c) => /\p{Script=Han}/u.test(c)).length; // the comma and full stop are not counted
    const zh = extract(page('zh-CN', chinese, 70));
    expect(zh.lang).toBe('zh-CN');
    expect(zh.wordCount).toBe(70 * han);
    expect(zh.readingMinutes).toBe(Math.round((70 * han) / 266));
    expect(zh.readingMinutes).toBeGreaterThan(Math.round((70 * han) / 500)); // the old CJK rate said 7 minutes
    const german = 'Der Stadtrat verbrachte den größten Teil des Abends mit dem Haushalt der Bibliothek, der seit drei Jahren gekürzt wird.';
    const de = extract(page('de', german, 60));
    expect(de.wordCount).toBe(60 * 19);
    expect(de.readingMinutes).toBe(Math.round((60 * 19) / 187));
    expect(de.readingMinutes).toBeGreaterThan(Math.round(de.wordCount / 238)); // longer than at the English rate
  });
});
