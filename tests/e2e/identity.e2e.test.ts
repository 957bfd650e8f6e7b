/**
 * Issue #14 item 10 in the built extension (dist/chrome): a page on 127.0.0.1 that claims another site's identity
 * (a canonical link and og:url to another domain, JSON-LD url, a look-alike site name in Cyrillic letters) and hides a
 * right-to-left override in its byline. The popup's preview and the reader overlay name the host the page was read
 * at and show the byline without the override.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOREM } from '../core/pages';
import { launchGrantedChromium, type GrantedChromium } from './chromium-granted';
import { CHROME_DIR, requireBuild } from './extension-dirs';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { inReader } from './hostile-beacons/closed-shadow';

requireBuild(CHROME_DIR);

const HEADLINE = 'Council backs repairs to the Riverside branch library';
const CLAIMED = 'Тrustеd Nеws'; // Т, е: Cyrillic
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title>
<link rel="canonical" href="https://trusted-news.example/2024/10/09/story/">
<meta property="og:url" content="https://trusted-news.example/og">
<meta property="og:type" content="article"><meta property="og:title" content="${HEADLINE}">
<meta property="og:site_name" content="${CLAIMED}">
<meta name="author" content="Jane Roe \u202e2024-10-09 trusted-news.example">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}","url":"https://trusted-news.example/ld"}</script>
</head><body><main><article><h1>${HEADLINE}</h1>
${[...LOREM, ...LOREM.map((p) => p.replace('The ', 'Then the '))].map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;

/** Hidden or reordering characters (independent of the code under test). */
const HIDDEN = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** What the reader shows about where the article is from; runs where the reader is (`this` = document or root). */
const READ_SOURCE = `function () {
  const root = this && this.querySelector ? this : document;
  const text = (sel) => root.querySelector(sel)?.textContent ?? null;
  return {
    site: text('.lr-site'),
    byline: text('.lr-byline'),
    footer: text('.lr-footer a'),
    href: root.querySelector('.lr-footer a')?.getAttribute('href') ?? null,
    all: root.querySelector('.lr')?.textContent ?? '',
  };
}`;
interface Source { site: string | null; byline: string | null; footer: string | null; href: string | null; all: string }

let browser: GrantedChromium | undefined;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ '/identity.html': PAGE });
  browser = await launchGrantedChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser!.ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-state"][data-state="ready"]', { timeout: 30_000 });
  return popup;
}

describe('a page claiming another site, in Chromium', () => {
  it('the popup preview and the reader overlay name the host read, and the byline carries no override', async () => {
    const { page, tabId } = await browser!.openTab(`${server.origin}/identity.html`);
    await page.waitForLoadState('networkidle');
    const popup = await openPopup(tabId);

    const inPopup = (await popup.evaluate(`(${READ_SOURCE}).call(document)`)) as Source;
    expect(inPopup.site).toBe('127.0.0.1');
    expect(inPopup.byline).not.toMatch(HIDDEN);
    expect(inPopup.byline).toContain('Jane Roe');
    expect(inPopup.all).not.toContain(CLAIMED);

    await popup.click('[data-testid="open-reader"]');
    let inOverlay: Source | null = null;
    await expect
      .poll(async () => {
        inOverlay = (await inReader<Source>(browser!.ctx, page, READ_SOURCE).catch(() => null))?.value ?? null;
        return inOverlay?.footer ?? null;
      }, { timeout: 15_000 })
      .not.toBeNull();
    const shown = inOverlay as unknown as Source;
    expect(shown.site).toBe('127.0.0.1');
    expect(shown.footer).toBe('Original article on 127.0.0.1');
    expect(shown.href).toBe(`${server.origin}/identity.html`);
    expect(shown.byline).not.toMatch(HIDDEN);
    expect(shown.all).not.toContain(CLAIMED);
    expect(shown.all).not.toContain('trusted-news.example/');
    await popup.close();
    await page.close();
  });
});
