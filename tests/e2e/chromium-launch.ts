/**
 * Chromium with an unpacked extension loaded, in a fresh profile: the one launch the e2e suites and the extension
 * bench share. Headless unless a display is given (a real key press needs a headed window under Xvfb). Requests to
 * anything but 127.0.0.1 fail, so a test can never reach the network.
 */
import { chromium, type BrowserContext } from 'playwright-core';

export function launchChromiumWithExtension(
  profile: string,
  extensionDir: string,
  display?: string,
  /** lang: the browser's UI language (--lang), from which Chromium picks the extension's _locales folder. */
  options: { backForwardCache?: boolean; lang?: string; args?: string[]; env?: Record<string, string> } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: !display,
    // Playwright turns the back/forward cache off by default; a person's browser has it.
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    ...(display ? { viewport: { width: 1100, height: 720 } } : {}),
    ...(display || options.env ? { env: { ...process.env, ...options.env, ...(display ? { DISPLAY: display } : {}) } } : {}),
    args: [
      ...chromiumArgs(extensionDir, display),
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
    ],
  });
}

/** The switches every test launch of Chromium uses: the extension loaded, nothing but 127.0.0.1 reachable. */
export function chromiumArgs(extensionDir: string, display?: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(display ? ['--ozone-platform=x11'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
}
