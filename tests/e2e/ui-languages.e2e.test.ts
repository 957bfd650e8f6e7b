/**
 * The UI languages are reachable: Chromium started in Japanese, Brazilian Portuguese or Simplified Chinese shows
 * the popup and the options in that language, with the pages' lang saying so (the translation's uiLang; Chromium's
 * i18n.getUILanguage() keeps saying en-US when only --lang changes). A language without a folder falls back to
 * English, and lang says en. Headless: no key press is needed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension } from './chromium-launch';
import { CHROME_DIR, SCREENSHOTS, requireBuild } from './extension-dirs';

requireBuild(CHROME_DIR);
type Messages = Record<string, { message: string }>;
const messagesOf = (folder: string): Messages => JSON.parse(readFileSync(join(CHROME_DIR, '_locales', folder, 'messages.json'), 'utf8'));

let ctx: BrowserContext | undefined;
let profile: string | undefined;
afterEach(async () => {
  await ctx?.close().catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
  ctx = undefined;
});

/** The popup over a page the extension may not read (about:blank), and the options page, in Chromium started in lang. */
async function pagesIn(lang: string, screenshot?: string) {
  profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-lang-'));
  ctx = await launchChromiumWithExtension(profile, CHROME_DIR, undefined, { lang });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const ids = () => sw.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number }>).map((t) => t.id));
  const before = new Set(await ids());
  await (await ctx.newPage()).goto('about:blank');
  const tabId = (await ids()).find((tab) => !before.has(tab));
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-state"][data-state="restricted"]', { timeout: 20_000 });
  const options = await ctx.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForSelector('input[name="font"]');
  if (screenshot) {
    // The options in that language, each typeface written in its own face (bundled fonts loaded first). Not in ja or
    // zh: this machine's Chromium has no CJK font, and the shot would be boxes.
    await options.setViewportSize({ width: 760, height: 900 });
    await options.evaluate(() => document.fonts.ready);
    await options.screenshot({ path: `${SCREENSHOTS}${screenshot}.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: `${SCREENSHOTS}${screenshot}-dark.png`, fullPage: true });
  }
  const read = (page: typeof popup) => page.evaluate(() => ({ lang: document.documentElement.lang, text: document.body.innerText, title: document.title }));
  return { popup: await read(popup), options: await read(options) };
}

describe('UI languages in Chromium', () => {
  it.each([
    ['ja', 'ja', undefined],
    ['pt-BR', 'pt_BR', 'options-pt-BR'],
    ['zh-CN', 'zh_CN', undefined],
  ])('started in %s, the popup and the options speak it', async (lang, folder, screenshot) => {
    const m = messagesOf(folder);
    const { popup, options } = await pagesIn(lang, screenshot);
    expect(popup.lang).toBe(lang);
    expect(popup.text).toContain(m.restrictedTitle.message);
    expect(popup.text).not.toContain(messagesOf('en').restrictedTitle.message);
    expect(options.lang).toBe(lang);
    expect(options.title).toBe(m.optionsTitle.message);
    for (const key of ['settingsTheme', 'fontLiterata', 'fontLegible', 'fontMono']) expect(options.text, key).toContain(m[key].message);
  });

  it('started in a language with no folder (Swedish), it falls back to English and says so', async () => {
    const { popup } = await pagesIn('sv');
    expect(popup.lang).toBe('en');
    expect(popup.text).toContain(messagesOf('en').restrictedTitle.message);
  });
});
