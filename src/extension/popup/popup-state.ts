/**
 * The popup as data: what it shows (PopupState) and what it can do (PopupActions). PopupView renders any state
 * with no browser API of its own; connect.ts builds both from the browser, tests build them by hand.
 */
import type { Article, CitationId } from '../../core/index';
import type { ExtractErrorCode } from '../messages';
import type { Settings } from '../settings';
import type { ShortcutInfo } from '../shortcut';
import type { BatchFormat, BatchRow } from '../batch/batch-export';

export type ViewState =
  | { kind: 'loading'; forced?: boolean }
  | { kind: 'ready'; article: Article; sourceSha256?: string }
  | { kind: 'not-article'; article: Article | null }
  | { kind: 'restricted'; code: ExtractErrorCode; url?: string }
  | { kind: 'error'; code: ExtractErrorCode; message: string };

/** One export the popup can offer (copy and/or download), from the core export registry. */
export interface ExportChoice {
  id: string;
  /** Short label, e.g. "Markdown". */
  label: string;
  /** File extension without the dot, e.g. "md", "csl.json". */
  extension: string;
  /** Citations are copied through the citation menu, documents through their own buttons. */
  kind: 'document' | 'citation';
  canCopy: boolean;
  canDownload: boolean;
  /** The default export format from Options. */
  isDefault: boolean;
}

/** An export that could not be saved: said plainly, with the text still one click from the clipboard. */
export interface ExportProblem {
  formatId: string;
  message: string;
}

/** The export last made from the popup, offered first next time (popup/slices/last-export.ts keeps it). */
export interface LastExport {
  action: 'copy' | 'download';
  formatId: string;
}

/** What fills the popup: the page (its article or why there is none), or the many-tabs export. */
export type PopupPanel = 'page' | 'tabs';

export type BatchScope = 'window' | 'selected';

/** The many-tabs export, as the popup shows it. */
export interface BatchState {
  phase: 'idle' | 'asking' | 'denied' | 'running' | 'saving' | 'done' | 'failed';
  format: BatchFormat;
  done: number;
  total: number;
  rows: BatchRow[];
  /** done: the saved file and how many articles it holds. */
  fileName?: string;
  exported?: number;
  /** failed / denied: what went wrong, in words. */
  message?: string;
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
  /** The citation style the copy menu uses (default BibTeX, or the Options default when it is a citation). */
  citation: CitationId;
  exportProblem: ExportProblem | null;
  batch: BatchState;
  /** Highlighted tabs in the window: "Export selected tabs" appears when there are several. */
  selectedTabs: number;
  lastExport: LastExport | null;
  panel: PopupPanel;
  /** Sites (http(s) origins) where the reader opens by itself on articles. */
  readerSites: string[];
}

export interface PopupActions {
  retry(): void;
  extractAnyway(): void;
  openReader(): void;
  copy(formatId: string): void;
  download(formatId: string): void;
  setCitation(id: CitationId): void;
  dismissExportProblem(): void;
  setBatchFormat(format: BatchFormat): void;
  /** Must run inside the click handler: it asks for the optional host permission (a user gesture). */
  exportTabs(scope: BatchScope): void;
  openOptions(): void;
  changeShortcut(): void;
  showPanel(panel: PopupPanel): void;
  /** Must run inside the click handler: turning a site on asks for its host permission. */
  setReaderSite(site: string, on: boolean): void;
}
