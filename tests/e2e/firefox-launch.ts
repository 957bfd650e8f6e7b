/**
 * Firefox ESR with an unpacked extension installed, in a fresh profile, over WebDriver BiDi (puppeteer-core): the one
 * launch the Firefox e2e suites share (chromium-launch.ts is Chromium's). The extension gets a fixed moz-extension
 * UUID, so a test can open its pages; nothing but local addresses is reachable. Headless unless a display is given
 * (a real key press needs a headed window under Xvfb). close() also ends a Firefox that outlives its driver and
 * removes the profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireBuild } from './extension-dirs';

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export interface FirefoxLaunch {
  /** The extension's moz-extension UUID. */
  uuid: string;
  /** An X display: a headed window there, else headless. */
  display?: string;
  /** The headed window's size. */
  window?: { width: number; height: number };
  /** More Firefox preferences (downloads folder, permission prompts…). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(extensionDir: string, { uuid, display, window, prefs = {} }: FirefoxLaunch): Promise<FirefoxWithExtension> {
  const geckoId: string = requireBuild(extensionDir).browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'lucid-e2e-firefox-'));
  let browser: Browser | undefined;
  let pid: number | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    if (pid) {
      try {
        process.kill(pid); // BiDi Firefox can outlive its driver
      } catch {
        // already gone
      }
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: !display,
      userDataDir: profile,
      args: ['--remote-allow-system-access', ...(window ? [`--width=${window.width}`, `--height=${window.height}`] : [])],
      env: { ...process.env, ...(display ? { DISPLAY: display } : {}), MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), ...prefs },
    });
    pid = browser.process()?.pid;
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, close };
}
