/** Serves the golden fixtures' page.html files from 127.0.0.1 on a free port: /<slug>/ -> tests/fixtures/<slug>/page.html. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const FOUNDING = 'baothanhhoa-giao-ban-dan-van';
export const CATEGORY = 'tinmientrung-chuyen-muc-thoi-su';

export interface Expected {
  isArticle: boolean;
  title: string;
  paragraphs: Array<string | string[]>;
  mustNotContain: string[];
}

export const expectedOf = (slug: string): Expected =>
  JSON.parse(readFileSync(`${FIXTURES}${slug}/expected.json`, 'utf8')) as Expected;

export interface FixtureServer {
  origin: string;
  /** The fixture's address; `cacheable` serves it without Cache-Control: no-store, which keeps a page out of the back/forward cache. */
  url(slug: string, options?: { cacheable?: boolean }): string;
  /** Every request served, in order: its path and its Sec-Purpose header ("prefetch;prerender" for a prerender). */
  requests: Array<{ path: string; purpose: string }>;
  close(): Promise<void>;
}

/** `pages`: more HTML pages to serve, by path (a page that links to or prerenders the fixtures). */
export async function serveFixtures(pages: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', purpose: String(req.headers['sec-purpose'] ?? '') });
    const page = pages[req.url ?? ''];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
      return;
    }
    const [, slug, cacheable] = /^\/([a-z0-9-]+)\/(\?cacheable)?$/.exec(req.url ?? '') ?? [];
    const file = slug ? `${FIXTURES}${slug}/page.html` : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(cacheable ? {} : { 'cache-control': 'no-store' }) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (slug, options = {}) => `${origin}/${slug}/${options.cacheable ? '?cacheable' : ''}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Whitespace-collapsed text, as the fixture expectations are written. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
