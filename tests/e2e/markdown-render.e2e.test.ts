/**
 * Markdown exports of hostile pages, opened the way a person would open them: rendered in Chromium by markdown-it
 * (HTML on), marked and commonmark.js, each running in the page, their HTML written into a document that runs
 * scripts (an iframe's srcdoc). Every payload in tests/hardening/export-hostile-markdown.ts calls top.__ran();
 * nothing may call it, open a dialog, or leave an element or attribute outside what plain Markdown produces.
 * The exports come from the core twice: in Node (linkedom, the CLI's path, through the whole pipeline and on the
 * article HTML directly) and in Chromium itself (the core bundled for the browser, turndown on DOMParser, as the
 * extension exports). A control document with raw HTML proves the page notices a payload that runs.
 */
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { toMarkdown } from '../../src/core/export/markdown';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { buildArticle } from '../export/article-factory';
import { HOSTILE_MARKDOWN_VARIANTS, hostilePage, RAN } from '../hardening/export-hostile-markdown';
import { MARKDOWN_TAGS } from '../hardening/export-markdown-renderers';
import { CTX } from '../hardening/outputs';

/** The renderers' own browser builds (globals markdownit, marked, commonmark), as a page would load them. */
const RENDERER_SCRIPTS = [
  'markdown-it/dist/browser/markdown-it.umd.min.js',
  'marked/lib/marked.umd.js',
  'commonmark/dist/commonmark.js',
].map((path) => fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url)));
const BASE = buildArticle('kellerton-council-library');
const URL_ = 'https://ledger.example/2024/10/09/library-repairs-approved/';

let browser: Browser;
let page: Page;
const dialogs: string[] = [];

/** The Markdown export bundled for the browser: turndown's browser build, parsing with the page's DOMParser. */
async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('../../src/core/export/markdown.ts', import.meta.url)), formats: ['iife'], name: 'LucidMarkdown' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; code?: string }[] };
  return output.output.find((chunk) => chunk.type === 'chunk')!.code!;
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  // Nothing leaves the page: every image fails at once (and its onerror, if any, would run).
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  for (const path of RENDERER_SCRIPTS) await page.addScriptTag({ path });
  await page.addScriptTag({ content: await browserBundle() });
  await page.evaluate(() => {
    const w = window as unknown as { __hits: string[]; __ran: (n: unknown) => void };
    w.__hits = [];
    w.__ran = (n) => void w.__hits.push(String(n));
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

interface RenderReport {
  hits: string[];
  problems: string[];
}

/**
 * Renders each Markdown document with each renderer into a script-running iframe, waits until every image has
 * loaded or failed (so an onerror has had its turn), then walks what was built.
 */
function renderInPage(documents: string[]): Promise<RenderReport> {
  return page.evaluate(
    async ({ documents, tags }) => {
      const w = window as unknown as {
        __hits: string[];
        markdownit: (o: object) => { render(s: string): string };
        marked: { parse(s: string, o: object): string };
        commonmark: { Parser: new () => { parse(s: string): unknown }; HtmlRenderer: new () => { render(n: unknown): string } };
      };
      const md = w.markdownit({ html: true });
      const cmParser = new w.commonmark.Parser();
      const cmRenderer = new w.commonmark.HtmlRenderer();
      const renderers: Record<string, (s: string) => string> = {
        'markdown-it': (s) => md.render(s),
        marked: (s) => w.marked.parse(s, { async: false }),
        commonmark: (s) => cmRenderer.render(cmParser.parse(s)),
      };
      const allowed = new Set(tags);
      const attributes: Record<string, string[]> = { a: ['href'], img: ['src', 'alt'], ol: ['start'] };
      const problems: string[] = [];
      w.__hits.length = 0;
      for (const [name, render] of Object.entries(renderers)) {
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = `<!doctype html><html><body>${documents.map((d, i) => `<section id="d${i}">${render(d)}</section>`).join('')}</body></html>`;
        document.body.append(frame);
        await loaded;
        const doc = frame.contentDocument!;
        await Promise.all(
          Array.from(doc.images).map((img) =>
            img.complete ? null : new Promise((resolve) => { img.addEventListener('load', resolve); img.addEventListener('error', resolve); }),
          ),
        );
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          const where = `${name} #${el.closest('section')?.id ?? '?'}`;
          const tag = el.localName;
          if (tag !== 'section' && !allowed.has(tag)) problems.push(`${where}: <${tag}>`);
          for (const attr of Array.from(el.attributes)) {
            if (tag === 'section' && attr.name === 'id') continue;
            if (!(attributes[tag] ?? []).includes(attr.name)) problems.push(`${where}: ${tag}[${attr.name}]`);
            else if ((attr.name === 'href' || attr.name === 'src') && !/^(?:https?:|mailto:)/i.test((el as HTMLAnchorElement)[attr.name as 'href'] ?? attr.value)) {
              problems.push(`${where}: ${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
            }
          }
        }
        frame.remove();
      }
      return { hits: [...w.__hits], problems };
    },
    { documents, tags: [...MARKDOWN_TAGS] },
  );
}

describe('Markdown exports of hostile pages, rendered in Chromium', () => {
  it('the harness notices a payload that runs and an element that should not be there (control)', async () => {
    const report = await renderInPage([`Text <img src=x onerror="${RAN.replace('(1)', "('control')")}">`]);
    expect(report.hits).toContain('control');
    expect(report.problems.join('\n')).toMatch(/img\[onerror\]/);
  });

  it('exported in Node (on the article HTML, and through the whole pipeline): nothing runs, nothing unexpected', async () => {
    const documents = HOSTILE_MARKDOWN_VARIANTS.flatMap((variant) => {
      const direct = toMarkdown({ ...BASE, html: variant.html, ...(variant.fields ?? {}) } as Article, CTX);
      const read = extractArticle(parseHTML(hostilePage(variant)).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
      return [direct, toMarkdown(read, CTX)];
    });
    const report = await renderInPage(documents);
    expect(report.hits).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('exported in Chromium (turndown on DOMParser, as the extension does): nothing runs, nothing unexpected', async () => {
    const articles = HOSTILE_MARKDOWN_VARIANTS.map((variant) => ({ ...BASE, html: variant.html, ...(variant.fields ?? {}) }));
    const documents = await page.evaluate(
      ({ articles, ctx }) => {
        const lucid = (window as unknown as { LucidMarkdown: { toMarkdown(a: unknown, c: unknown): string } }).LucidMarkdown;
        return articles.map((article) => lucid.toMarkdown(article, ctx));
      },
      { articles, ctx: { accessedAt: CTX.accessedAt, extractor: CTX.extractor } },
    );
    expect(documents).toHaveLength(HOSTILE_MARKDOWN_VARIANTS.length);
    expect(documents.every((d) => d.startsWith('---\ntitle: '))).toBe(true);
    const report = await renderInPage(documents);
    expect(report.hits).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
