/**
 * The language of a page that declares none, from a sample of its text: scripts first (Vietnamese letters,
 * kana, Han, Cyrillic), then, for Latin text, the language whose commonest words (`functionWords` in
 * lang/<code>/clean.ts) it uses most. English when nothing stands out: its cues are merged into every language's.
 */
import { byLang } from './clean-cues';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/** Each Latin-script language's commonest words, as sets (built on first use). */
let wordSets: [string, Set<string>][] | null = null;
const sets = (): [string, Set<string>][] =>
  (wordSets ??= Object.entries(byLang).filter(([, c]) => c.functionWords.length).map(([l, c]) => [l, new Set(c.functionWords)]));

export function guessLanguage(sample: string): string {
  const vi = count(VIETNAMESE, sample);
  if (vi > 20 || vi / Math.max(1, sample.length) > 0.01) return 'vi';
  const letters = Math.max(1, count(LETTER, sample));
  if (count(KANA, sample) / letters > 0.05) return 'ja';
  if (count(HAN, sample) / letters > 0.3) return 'zh';
  if (count(CYRILLIC, sample) / letters > 0.3) return 'ru';
  const hits = new Map<string, number>();
  for (const [word] of sample.toLowerCase().matchAll(WORD)) {
    for (const [lang, words] of sets()) if (words.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // A clear lead only: a few shared words ("de", "a") must not move an English page off its cues.
  if (!best || best[0] === 'en' || best[1] < 8 || best[1] < 1.5 * (second?.[1] ?? 0)) return 'en';
  return best[0];
}
