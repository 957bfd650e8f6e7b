/**
 * The reader shortcut as the browser has it bound, and how to change it: shown by the popup and the options page
 * alike, so it lives outside both.
 */
import browser from './browser';

export type ShortcutHowTo = 'button' | 'chrome' | 'firefox';

export interface ShortcutInfo {
  /** The bound keys as the browser reports them ("Alt+Shift+L"), or null when none is set. */
  keys: string | null;
  /** 'button': the browser can open its shortcut settings for us; otherwise say where they are. */
  howTo: ShortcutHowTo;
}

/** Firefox 137+ has commands.openShortcutSettings(); the polyfill's types do not know it yet. */
type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

const browserKind = (): 'chrome' | 'firefox' => (browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome');

/** The reader command's binding from commands.getAll(), and how this browser lets people change it. */
export function shortcutFrom(
  commands: Array<{ name?: string; shortcut?: string }>,
  browserKind: 'chrome' | 'firefox',
  canOpenSettings: boolean,
): ShortcutInfo {
  const command = commands.find((c) => c.name === 'toggle-reader');
  const howTo: ShortcutHowTo = canOpenSettings ? 'button' : browserKind;
  return { keys: command?.shortcut?.trim() || null, howTo };
}

/** What a page shows before the browser has answered: no keys, and where this browser keeps them. */
export function unknownShortcut(): ShortcutInfo {
  return { keys: null, howTo: browserKind() };
}

export async function readShortcut(): Promise<ShortcutInfo> {
  const commands = browser.commands as Commands;
  const all = await commands.getAll();
  return shortcutFrom(all, browserKind(), typeof commands.openShortcutSettings === 'function');
}

/** The browser's own shortcut settings: Firefox opens them for us when it can; Chrome's are a page we may open. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as Commands;
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else if (browserKind() === 'chrome') await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
