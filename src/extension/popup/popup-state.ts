/**
 * The popup as data: what it shows (PopupState) and what it can do (PopupActions). PopupView renders any state
 * with no browser API of its own; connect.ts builds both from the browser, tests build them by hand.
 */
import type { Article } from '../../core/article';
import type { ExtractErrorCode } from '../messages';
import type { Settings } from '../settings';

export type ViewState =
  | { kind: 'loading'; forced?: boolean }
  | { kind: 'ready'; article: Article }
  | { kind: 'not-article'; article: Article | null }
  | { kind: 'restricted'; code: ExtractErrorCode; url?: string }
  | { kind: 'error'; code: ExtractErrorCode; message: string };

export type ShortcutHowTo = 'button' | 'chrome' | 'firefox';

export interface ShortcutInfo {
  /** The bound keys as the browser reports them ("Alt+Shift+L"), or null when none is set. */
  keys: string | null;
  /** 'button': the browser can open its shortcut settings for us; otherwise say where they are. */
  howTo: ShortcutHowTo;
}

/** One export the popup can offer (copy and/or download), from the core export registry. */
export interface ExportChoice {
  id: string;
  /** Short label, e.g. "Markdown". */
  label: string;
  /** File extension without the dot, e.g. "md", "csl.json". */
  extension: string;
  canCopy: boolean;
  canDownload: boolean;
}

export interface PopupState {
  view: ViewState;
  settings: Settings;
  shortcut: ShortcutInfo;
  exports: ExportChoice[];
  /** Short announcement for the live region ("Copied as Markdown"); '' when none. */
  status: string;
  /** True when the popup runs in a tab (?tab=), so it should not close itself. */
  embedded: boolean;
}

export interface PopupActions {
  retry(): void;
  extractAnyway(): void;
  openReader(): void;
  copy(formatId: string): void;
  download(formatId: string): void;
  openOptions(): void;
  changeShortcut(): void;
}
