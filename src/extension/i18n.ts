/**
 * t(key, subs?): the one way UI code gets a string. In the extension it is i18n.getMessage (the browser picks the
 * locale from public/_locales); in tests and other non-extension contexts it reads a table given to
 * setFallbackMessages, so views can be rendered and asserted without a browser.
 *
 * i18n.getMessage is synchronous and identical in chrome.* and browser.*, so this reads the global directly
 * instead of importing the polyfill: views stay importable in Node.
 */

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

type GetMessage = (key: string, subs?: string | string[]) => string;

function nativeGetMessage(): GetMessage | null {
  const g = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const fn = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return typeof fn === 'function' ? fn : null;
}

let fallback: LocaleMessages | null = null;
let fallbackLang = 'en';

/** Used when no extension i18n API exists (tests, plain pages). */
export function setFallbackMessages(messages: LocaleMessages | null, lang = 'en'): void {
  fallback = messages;
  fallbackLang = lang;
}

/** Same substitution rules as chrome.i18n: named $PLACEHOLDER$ -> its content, then $1..$9 -> subs, $$ -> $. */
export function formatMessage(entry: LocaleMessage, subs: string[]): string {
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return ph ? ph.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The message, or '' when the key is unknown (like getMessage). */
export function tryT(key: string, subs?: string | number | Array<string | number>): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  const native = nativeGetMessage();
  if (native) {
    try {
      return native(key, list) ?? '';
    } catch {
      return '';
    }
  }
  const entry = fallback?.[key];
  return entry ? formatMessage(entry, list) : '';
}

/** The message; a missing key shows as the key itself so it is noticed, never as a blank. */
export function t(key: string, subs?: string | number | Array<string | number>): string {
  return tryT(key, subs) || key;
}

/**
 * The language the UI is shown in: the tag the chosen translation declares (its "uiLang" message), so the pages'
 * lang attribute and Intl formatting follow the strings actually shown. The browser's UI language can differ: Chrome
 * and Firefox fall back to en for a language with no folder in _locales (pt-PT, zh-TW…), and lang must then say en.
 */
export function uiLanguage(): string {
  const declared = tryT('uiLang');
  if (declared) return declared;
  if (nativeGetMessage()) {
    const g = globalThis as { browser?: { i18n?: { getUILanguage?: () => string } }; chrome?: { i18n?: { getUILanguage?: () => string } } };
    const lang = (g.browser?.i18n?.getUILanguage ?? g.chrome?.i18n?.getUILanguage)?.();
    if (lang) return lang;
  }
  return fallback ? fallbackLang : 'en';
}
