/**
 * Many tabs, one export: extracts each tab in turn through injected browser calls and reports every tab's fate.
 * Pure (no browser API, no export code), so the rules are unit-tested: a tab that fails, is restricted or is not
 * an article is recorded with its reason and never stops the batch; results keep the tabs' order.
 * It runs in the popup (batch/ is shared code, not the background's): the popup asks for the permission, shows the
 * progress and saves the file.
 */
import type { Article } from '../../core/index';
import { errorMessage } from '../errors';
import type { ExtractErrorCode, ExtractResult } from '../messages';
import { restrictionOf } from '../restricted-url';

/** What a batch is saved as: JSON Lines, or a zip of Markdown files with index.json (built in batch-output.ts). */
export type BatchFormat = 'jsonl' | 'zip';
export const BATCH_FORMATS: readonly BatchFormat[] = ['jsonl', 'zip'];

/** The part of a browser tab the batch needs (tabs.Tab fits). */
export interface BatchTab {
  id?: number;
  url?: string;
  title?: string;
  /** Chrome "discarded" / Firefox unloaded tab: reading it would mean reloading it, which we never do. */
  discarded?: boolean;
}

/** Why a tab is not in the export: an extraction code, or one of the batch's own. */
export type BatchReason = ExtractErrorCode | 'not-article' | 'discarded';

export type TabOutcome =
  | { status: 'exported'; tabId: number; url: string; title: string; article: Article; accessedAt: string; sourceSha256?: string }
  | { status: 'skipped' | 'failed'; tabId: number; url: string; title: string; reason: BatchReason; message: string };

export type RowStatus = 'pending' | 'running' | TabOutcome['status'];

export interface BatchRow {
  tabId: number;
  url: string;
  title: string;
  status: RowStatus;
  reason?: BatchReason;
  message?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  rows: BatchRow[];
}

export interface BatchDeps {
  /** Extracts one tab (the background's extract-tab: injects the extractor when needed). */
  extract(tabId: number): Promise<ExtractResult>;
  /** The access time recorded for a tab, taken when its extraction finished. */
  now(): Date;
  onProgress?(progress: BatchProgress): void;
  /** Tabs read at once (default 2): each extraction runs Readability in its own tab's renderer. */
  concurrency?: number;
}

/** Skipped codes are facts about the page (nothing to retry); the rest are failures. */
const SKIP_CODES: ReadonlySet<BatchReason> = new Set(['restricted', 'not-html', 'not-article', 'empty', 'discarded', 'no-tab']);

function settle(tab: { tabId: number; url: string; title: string }, result: ExtractResult, accessedAt: string): TabOutcome {
  if (result.ok) {
    const { article } = result;
    if (!article.isArticle) return { ...tab, status: 'skipped', reason: 'not-article', message: 'Not an article page.' };
    const exported = { ...tab, title: article.title || tab.title, status: 'exported' as const, article, accessedAt };
    return result.sourceSha256 ? { ...exported, sourceSha256: result.sourceSha256 } : exported;
  }
  const reason = result.code;
  return { ...tab, url: tab.url || result.url || '', status: SKIP_CODES.has(reason) ? 'skipped' : 'failed', reason, message: result.message };
}

/** Before any injection: pages the extension may not read are reported without touching the tab. */
function precheck(tab: BatchTab): { reason: BatchReason; message: string } | null {
  // The batch covers web pages only: the optional permission it asks for is http(s).
  const restriction = restrictionOf(tab.url, { fileAccess: false });
  if (restriction) return { reason: restriction, message: restriction === 'not-html' ? 'Not a web page (PDF).' : 'The browser does not let extensions read this page.' };
  if (tab.discarded) return { reason: 'discarded', message: 'The tab is unloaded; reading it would reload it.' };
  return null;
}

export async function runBatch(tabs: readonly BatchTab[], deps: BatchDeps): Promise<TabOutcome[]> {
  const listed = tabs.filter((t): t is BatchTab & { id: number } => typeof t.id === 'number');
  const rows: BatchRow[] = listed.map((t) => ({ tabId: t.id, url: t.url ?? '', title: t.title ?? '', status: 'pending' }));
  const outcomes: Array<TabOutcome | undefined> = new Array(listed.length);
  let done = 0;
  const report = () => {
    try {
      deps.onProgress?.({ done, total: listed.length, rows: rows.map((r) => ({ ...r })) });
    } catch {
      // A broken progress view must not stop the export.
    }
  };

  const finish = (i: number, outcome: TabOutcome) => {
    outcomes[i] = outcome;
    const { status, title, url } = outcome;
    rows[i] = { tabId: outcome.tabId, url, title, status, ...(outcome.status === 'exported' ? {} : { reason: outcome.reason, message: outcome.message }) };
    done++;
    report();
  };

  const one = async (i: number) => {
    const tab = listed[i];
    const base = { tabId: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
    const refused = precheck(tab);
    if (refused) return finish(i, { ...base, status: 'skipped', ...refused });
    rows[i] = { ...rows[i], status: 'running' };
    report();
    let result: ExtractResult;
    try {
      result = await deps.extract(tab.id);
      if (!result || typeof result !== 'object') throw new Error('no answer from the background');
    } catch (error) {
      result = { ok: false, code: 'failed', message: errorMessage(error) };
    }
    finish(i, settle(base, result, deps.now().toISOString()));
  };

  report();
  let next = 0;
  const worker = async () => {
    while (next < listed.length) await one(next++);
  };
  const lanes = Math.max(1, Math.min(deps.concurrency ?? 2, listed.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  return outcomes as TabOutcome[];
}
