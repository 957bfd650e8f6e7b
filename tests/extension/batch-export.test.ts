/**
 * The batch export's rules, on real articles extracted from the golden fixtures: per-tab failures never stop the
 * batch, restricted tabs are reported untouched, output follows tab order, the zip holds index.json plus one
 * uniquely named Markdown file per article.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { toMarkdown } from '../../src/core/export/markdown';
import { EXTRACTOR_NAME, VERSION } from '../../src/core/version';
import { runBatch, type BatchProgress, type BatchTab } from '../../src/extension/batch/batch-export';
import { batchFile, batchFileName, batchJsonl, batchZip, uniqueName } from '../../src/extension/batch/batch-output';
import type { ExtractResult } from '../../src/extension/messages';
import { extractFromHtml } from '../../src/node/index';

const FIX = new URL('../fixtures/', import.meta.url);
const page = (slug: string) => readFileSync(new URL(`${slug}/page.html`, FIX), 'utf8');
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;

const SLUGS = ['baothanhhoa-giao-ban-dan-van', 'kellerton-council-library', 'portaldenpost-heat-warning', 'tinmientrung-chuyen-muc-thoi-su'];
const urlOf = (slug: string) => `https://example.test/${slug}/`;
const articles = new Map<string, Article>();
for (const slug of SLUGS) articles.set(urlOf(slug), await extractFromHtml(page(slug), urlOf(slug)));

const NOW = new Date('2025-03-04T05:06:07.000Z');

/** A fake background: tab id -> URL, extracting the fixture behind each URL (or failing as told). */
function fakeBackground(tabs: BatchTab[], failures: Record<number, Error | ExtractResult> = {}) {
  const extract = vi.fn(async (tabId: number): Promise<ExtractResult> => {
    const failure = failures[tabId];
    if (failure instanceof Error) throw failure;
    if (failure) return failure;
    const url = tabs.find((t) => t.id === tabId)?.url ?? '';
    const article = articles.get(url);
    return article ? { ok: true, article } : { ok: false, code: 'empty', message: 'Nothing readable', url };
  });
  return { extract, now: () => NOW };
}

const tab = (id: number, slug: string): BatchTab => ({ id, url: urlOf(slug), title: `tab ${id}` });

describe('runBatch', () => {
  it('one tab that throws or fails does not stop the others, and results keep tab order', async () => {
    const tabs = [tab(1, SLUGS[0]), tab(2, SLUGS[1]), tab(3, SLUGS[2]), tab(4, SLUGS[0])];
    const deps = fakeBackground(tabs, {
      2: new Error('Could not establish connection. Receiving end does not exist.'),
      4: { ok: false, code: 'too-large', message: 'no answer within 20 s' },
    });
    const outcomes = await runBatch(tabs, { ...deps, concurrency: 3 });
    expect(outcomes.map((o) => [o.tabId, o.status])).toEqual([[1, 'exported'], [2, 'failed'], [3, 'exported'], [4, 'failed']]);
    expect(outcomes[1]).toMatchObject({ reason: 'failed', message: expect.stringContaining('Receiving end does not exist') });
    expect(outcomes[3]).toMatchObject({ reason: 'too-large' });
    expect(deps.extract).toHaveBeenCalledTimes(4);
    // Exported entries carry the article's own title and the access time.
    expect(outcomes[0]).toMatchObject({ title: articles.get(urlOf(SLUGS[0]))!.title, accessedAt: NOW.toISOString() });
  });

  it('reports restricted, PDF and unloaded tabs without ever asking the background about them', async () => {
    const tabs: BatchTab[] = [
      { id: 1, url: 'chrome://version/', title: 'Version' },
      { id: 2, title: 'no URL visible' }, // Chrome hides URLs of tabs we have no access to
      tab(3, SLUGS[1]),
      { id: 4, url: 'https://example.test/paper.pdf' },
      { id: 5, url: 'about:blank' },
      { ...tab(6, SLUGS[2]), discarded: true },
      { id: 7, url: 'https://chromewebstore.google.com/detail/x' },
      { url: 'https://example.test/no-id' }, // devtools and other windows without an id are not tabs we can read
    ];
    const deps = fakeBackground(tabs);
    const outcomes = await runBatch(tabs, deps);
    expect(deps.extract.mock.calls.map(([id]) => id)).toEqual([3]);
    expect(outcomes.map((o) => [o.tabId, o.status, o.status === 'exported' ? '' : o.reason])).toEqual([
      [1, 'skipped', 'restricted'],
      [2, 'skipped', 'restricted'],
      [3, 'exported', ''],
      [4, 'skipped', 'not-html'],
      [5, 'skipped', 'restricted'],
      [6, 'skipped', 'discarded'],
      [7, 'skipped', 'restricted'],
    ]);
  });

  it('lists non-article pages with their reason instead of exporting them', async () => {
    const tabs = [tab(1, SLUGS[3]), tab(2, SLUGS[0]), { id: 3, url: 'https://example.test/blank/' }];
    const outcomes = await runBatch(tabs, fakeBackground(tabs));
    expect(articles.get(urlOf(SLUGS[3]))!.isArticle).toBe(false); // the category page
    expect(outcomes.map((o) => (o.status === 'exported' ? 'exported' : o.reason))).toEqual(['not-article', 'exported', 'empty']);
  });

  it('reports progress for every tab, ending with all rows settled', async () => {
    const tabs = [tab(1, SLUGS[0]), { id: 2, url: 'chrome://newtab/' }, tab(3, SLUGS[1])];
    const seen: BatchProgress[] = [];
    await runBatch(tabs, { ...fakeBackground(tabs), onProgress: (p) => seen.push(p) });
    expect(seen[0]).toMatchObject({ done: 0, total: 3 });
    expect(seen[0].rows.every((r) => r.status === 'pending')).toBe(true);
    expect(seen.some((p) => p.rows.some((r) => r.status === 'running'))).toBe(true);
    const last = seen.at(-1)!;
    expect(last.done).toBe(3);
    expect(last.rows.map((r) => r.status)).toEqual(['exported', 'skipped', 'exported']);
    expect(last.rows[1]).toMatchObject({ reason: 'restricted' });
    // done never goes backwards
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('an empty window gives an empty batch', async () => {
    expect(await runBatch([], fakeBackground([]))).toEqual([]);
  });
});

describe('batch output', () => {
  const tabs = [tab(1, SLUGS[2]), { id: 2, url: 'chrome://version/' }, tab(3, SLUGS[0]), tab(4, SLUGS[2]), tab(5, SLUGS[1])];
  const outcomesP = runBatch(tabs, fakeBackground(tabs));

  it('JSONL: one record per tab in tab order, exported ones with provenance, the others with status and reason', async () => {
    const lines = batchJsonl(await outcomesP, NOW).split('\n');
    expect(lines.pop()).toBe(''); // ends with a newline
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.tab.position)).toEqual([1, 2, 3, 4, 5]);
    expect(records.map((r) => r.tab.status)).toEqual(['exported', 'skipped', 'exported', 'exported', 'exported']);
    const exported = records.filter((r) => r.article);
    expect(exported.map((r) => r.article.url)).toEqual([urlOf(SLUGS[2]), urlOf(SLUGS[0]), urlOf(SLUGS[2]), urlOf(SLUGS[1])]);
    expect(exported.map((r) => r.article.title)).toEqual([SLUGS[2], SLUGS[0], SLUGS[2], SLUGS[1]].map((s) => articles.get(urlOf(s))!.title));
    expect(exported[0].provenance).toMatchObject({ accessedAt: NOW.toISOString(), extractor: { name: EXTRACTOR_NAME, version: VERSION } });
    expect(exported[0].provenance.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    // The fake background sends no hash: none is made up.
    expect(exported[0].provenance.sourceSha256).toBeNull();
    expect(records[1]).toEqual({
      schemaVersion: 1,
      provenance: { extractor: { name: EXTRACTOR_NAME, version: VERSION } },
      tab: { position: 2, url: 'chrome://version/', title: '', status: 'skipped', reason: 'restricted', message: expect.any(String) },
    });
    expect(records[1].article).toBeUndefined();
  });

  it('JSONL: the hash of the HTML the tab read is carried into the record', async () => {
    const tabs1 = [tab(1, SLUGS[1])];
    const deps = fakeBackground(tabs1);
    const hash = 'ab'.repeat(32);
    deps.extract.mockImplementation(async () => ({ ok: true, article: articles.get(urlOf(SLUGS[1]))!, sourceSha256: hash }));
    const [record] = batchJsonl(await runBatch(tabs1, deps), NOW).trim().split('\n').map((l) => JSON.parse(l));
    expect(record.provenance.sourceSha256).toBe(hash);
  });

  it('zip: index.json first, one .md per article with unique names, every tab listed with its fate', async () => {
    const outcomes = await outcomesP;
    const zip = batchZip(outcomes, NOW, { parse });
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names[0]).toBe('index.json');
    const md = names.filter((n) => n.endsWith('.md'));
    expect(md).toHaveLength(4);
    expect(new Set(md).size).toBe(4);
    // The same article twice: the second copy gets a -2 suffix instead of overwriting the first.
    expect(md[2]).toBe(md[0].replace(/\.md$/, '-2.md'));
    const index = JSON.parse(strFromU8(entries['index.json']));
    expect(index).toMatchObject({ schemaVersion: 1, exportedAt: NOW.toISOString(), exported: 4 });
    expect(index.tabs.map((t: { status: string; file?: string; reason?: string }) => t.file ?? t.reason)).toEqual([md[0], 'restricted', md[1], md[2], md[3]]);
    // Each file is exactly the Markdown export of that tab's article.
    const first = articles.get(urlOf(SLUGS[2]))!;
    const expected = toMarkdown(first, { accessedAt: NOW.toISOString(), extractor: { name: EXTRACTOR_NAME, version: VERSION }, parse });
    expect(strFromU8(entries[md[0]])).toBe(expected);
    expect(strFromU8(entries[md[1]])).toContain(`# ${articles.get(urlOf(SLUGS[0]))!.title}`);
    // Same outcomes, same time: the same bytes.
    expect(batchZip(outcomes, NOW, { parse })).toEqual(zip);
  });

  it('names the batch file after the day and the tab count', async () => {
    const file = batchFile(await outcomesP, 'jsonl', NOW);
    expect(file).toMatchObject({ fileName: '2025-03-04-lucid-reader-5-tabs.jsonl', mime: 'application/x-ndjson', exported: 4 });
    expect(batchFileName(NOW, 1, 'zip')).toBe('2025-03-04-lucid-reader-1-tab.zip');
  });

  it('uniqueName adds -2, -3 … before the whole extension, ignoring case', () => {
    const taken = new Set<string>();
    expect(['a.csl.json', 'A.csl.json', 'a.csl.json', 'b'].map((n) => uniqueName(n, taken))).toEqual(['a.csl.json', 'A-2.csl.json', 'a-3.csl.json', 'b']);
  });
});
