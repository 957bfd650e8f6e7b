/** The built extension (npm run build) and facts the tests check against it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './fixture-server';

export const CHROME_DIR = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
export const FIREFOX_DIR = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

export function requireBuild(dir: string): Record<string, any> {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run npm run build first`);
  return JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
}

/** "Alt+Shift+Y" from the manifest: what both browsers must report as bound. */
export const suggestedShortcut = (manifest: Record<string, any>): string =>
  manifest.commands['toggle-reader'].suggested_key.default;

/** The same shortcut in xdotool's key syntax: "alt+shift+y". */
export const xdotoolKeys = (shortcut: string) => shortcut.toLowerCase();

export const fixtureSlugs = () =>
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${FIXTURES}${d.name}/page.html`))
    .map((d) => d.name)
    .sort();

/** Absolute URLs the fixture page itself references (its own images, scripts…): the only remote requests allowed. */
export function pageReferences(slug: string): string {
  return readFileSync(`${FIXTURES}${slug}/page.html`, 'utf8').replaceAll('&amp;', '&');
}
