/**
 * Issue #16: axe-core finds no violations on the popup, the options page and the reader, in light and dark (and the
 * reader's sepia). The built extension (dist/chrome) in headless Chromium with the batch export's host permission
 * granted (chromium-granted.ts), so the popup in a tab can read any fixture tab and open the reader on it.
 *
 * axe runs in each extension document itself: the popup and options pages, and the reader's page (an extension frame
 * inside the overlay's closed shadow root, reached as a Playwright frame). Its source is evaluated through the
 * DevTools protocol rather than added as a <script>, which the extension pages' CSP (script-src 'self') would block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { CATEGORY, FOUNDING, serveFixtures, type FixtureServer } from './fixture-server';
import { readerFrame } from './reader-frame';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OVERLAY = '[data-lucid-reader-overlay="shown"]';
/** A long piece with sections, so the reader shows its contents and progress (as in chromium.e2e.test.ts). */
const LONG_READ = '/long-read/';
const LONG_READ_SOURCE = fileURLToPath(new URL('../../../shared/bench/readability-test-pages/dropbox-blog/source.html.gz', import.meta.url));

type Scheme = 'light' | 'dark';
/** The reader's themes: auto under each colour scheme, and sepia (its own palette, whatever the scheme). */
const MODES: Array<{ name: string; scheme: Scheme; theme: 'auto' | 'sepia'; background: string }> = [
  { name: 'light', scheme: 'light', theme: 'auto', background: 'rgb(251, 250, 247)' },
  { name: 'dark', scheme: 'dark', theme: 'auto', background: 'rgb(22, 23, 25)' },
  { name: 'sepia', scheme: 'light', theme: 'sepia', background: 'rgb(245, 236, 217)' },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let browser: GrantedChromium | undefined;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ [LONG_READ]: gunzipSync(readFileSync(LONG_READ_SOURCE)).toString('utf8') });
  browser = await launchGrantedChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const b = () => browser!;

/** axe's violations in one document (a page or the reader's frame). */
async function violationsIn(target: Page | Frame): Promise<Violation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const results = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (results.violations as Violation[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Every violation, one line per rule and one per node, for the failure message. */
const describeViolations = (where: string, violations: Violation[]) =>
  [
    `${where}: ${violations.length} axe violation(s)`,
    ...violations.flatMap((v) => [
      `  ${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    ]),
  ].join('\n');

/** All the views checked, gathered before asserting so one run reports every failure at once. */
const report: string[] = [];
async function check(where: string, target: Page | Frame): Promise<void> {
  const violations = await violationsIn(target);
  if (violations.length > 0) report.push(describeViolations(where, violations));
}

async function setTheme(theme: 'auto' | 'sepia'): Promise<void> {
  await b().sw.evaluate(async (t: string) => {
    const chrome = (globalThis as any).chrome;
    const settings = (await chrome.storage.sync.get('settings')).settings ?? {};
    await chrome.storage.sync.set({ settings: { ...settings, theme: t } });
  }, theme);
}

/** The popup in a tab, pointed at tabId, once it has left the loading state. */
async function openPopup(tabId: number, scheme: Scheme): Promise<Page> {
  const popup = await b().ctx.newPage();
  await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${b().extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-state"]:not([data-state="loading"])', { timeout: 30_000 });
  return popup;
}

/** Opens the reader on tabId as the shortcut does (the background's toggle, the article not yet seen). */
async function openReader(popup: Page, page: Page, tabId: number, selector: string): Promise<Frame> {
  await popup.evaluate((id: number) => (globalThis as any).chrome.runtime.sendMessage({ type: 'toggle-reader-tab', payload: { tabId: id, seen: false } }), tabId);
  await expect.poll(() => page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY), { timeout: 15_000 }).toBe(true);
  const frame = await readerFrame(page, selector);
  await frame.waitForTimeout(300); // fonts and the first layout settle
  return frame;
}

/** The background a view is drawn on: proof the theme under test is the one shown. */
const backgroundOf = (target: Page | Frame, selector: string) => target.$eval(selector, (el) => getComputedStyle(el).backgroundColor);

const click = (frame: Frame | Page, selector: string) => frame.$eval(selector, (el) => (el as HTMLElement).click());

describe('accessibility (axe-core, Chromium)', () => {
  for (const mode of MODES) {
    it(`popup, options and reader have no axe violations: ${mode.name}`, async () => {
      await setTheme(mode.theme);
      const before = report.length;

      // An article: the popup with its preview, then with the export menu open; then the reader and its menus.
      const article = await b().openTab(server.url(FOUNDING));
      await article.page.emulateMedia({ colorScheme: mode.scheme, reducedMotion: 'reduce' });
      const popup = await openPopup(article.tabId, mode.scheme);
      expect(await popup.getAttribute('[data-testid="popup-state"]', 'data-state')).toBe('ready');
      expect(await backgroundOf(popup, '.pp')).toBe(mode.background);
      await check(`popup, article (${mode.name})`, popup);
      await popup.click('[data-testid="export-menu-toggle"]');
      await popup.waitForSelector('[data-testid="export-menu"]');
      await check(`popup, export menu open (${mode.name})`, popup);
      await popup.keyboard.press('Escape');
      // The tabs panel (the batch export), and back.
      await popup.click('[data-testid="show-tabs"]');
      await popup.waitForSelector('[data-testid="batch"]');
      await check(`popup, tabs panel (${mode.name})`, popup);
      await popup.click('[data-testid="back-to-page"]');
      await popup.waitForSelector('[data-testid="open-reader"]');

      const reader = await openReader(popup, article.page, article.tabId, '[data-testid="article-body"]');
      expect(await backgroundOf(reader, '.lr')).toBe(mode.background);
      await check(`reader (${mode.name})`, reader);
      await click(reader, '[data-testid="typography"] > summary');
      await reader.waitForSelector('[data-testid="typography"][open]');
      await check(`reader, text menu open (${mode.name})`, reader);
      await click(reader, '[data-testid="typography"] > summary');
      await click(reader, '[data-testid="reader-keys-button"]');
      await reader.waitForSelector('[data-testid="reader-keys"]');
      await check(`reader, keys list open (${mode.name})`, reader);
      await popup.close();
      await article.page.close();

      // A long article: the reader with its contents beside the text.
      const long = await b().openTab(`${server.origin}${LONG_READ}`);
      await long.page.emulateMedia({ colorScheme: mode.scheme, reducedMotion: 'reduce' });
      const longPopup = await openPopup(long.tabId, mode.scheme);
      const contents = await openReader(longPopup, long.page, long.tabId, '[data-testid="reader-contents"]:not([hidden])');
      await check(`reader with contents (${mode.name})`, contents);
      await longPopup.close();
      await long.page.close();

      // A page that is not an article: the popup's panel, and the reader's notice.
      const category = await b().openTab(server.url(CATEGORY));
      await category.page.emulateMedia({ colorScheme: mode.scheme, reducedMotion: 'reduce' });
      const notArticle = await openPopup(category.tabId, mode.scheme);
      expect(await notArticle.getAttribute('[data-testid="popup-state"]', 'data-state')).toBe('not-article');
      await check(`popup, not an article (${mode.name})`, notArticle);
      const notice = await openReader(notArticle, category.page, category.tabId, '[data-testid="reader-notice"]');
      await check(`reader notice (${mode.name})`, notice);
      await notArticle.close();
      await category.page.close();

      // The options page (it has no theme of its own: the colour scheme only).
      const options = await b().ctx.newPage();
      await options.emulateMedia({ colorScheme: mode.scheme, reducedMotion: 'reduce' });
      await options.goto(`chrome-extension://${b().extensionId}/options.html`);
      await options.waitForLoadState('load');
      await options.waitForTimeout(300);
      expect(await backgroundOf(options, '.op')).toBe(mode.background);
      await check(`options (${mode.name})`, options);
      await options.close();

      expect(report.slice(before), report.slice(before).join('\n\n')).toEqual([]);
    });
  }

  afterAll(() => {
    if (report.length > 0) console.log(report.join('\n\n'));
  });
});
