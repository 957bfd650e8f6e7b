/**
 * The local server of the hardening e2e (127.0.0.1, free port): the hostile corpus armed with beacons
 * (/hostile/<name>.html), the pages written for these tests (/page/<file>), a single-page app (/spa/...), odd
 * documents (/odd/...), the beacon sink /pwned/... and /probe/... (a page's note that an attempt ran, not that it
 * succeeded). Every request it sees is recorded.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BEACON_PATH, withBeacons } from './with-beacons';

const PROBE_PATH = '/probe/';

export const HOSTILE_DIR = fileURLToPath(new URL('../../hardening/hostile/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('./', import.meta.url));
const SPA_PAGE = fileURLToPath(new URL('../spa/index.html', import.meta.url));
const ICON = fileURLToPath(new URL('../../../dist/chrome/icons/icon-128.png', import.meta.url));

export const hostileNames = () =>
  readdirSync(HOSTILE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();

export interface HostileServer {
  origin: string;
  /** Every request path seen so far, in order. */
  seen: string[];
  /** The beacon hits so far (paths under /pwned/). */
  hits(): string[];
  /** The probes so far (paths under /probe/): which attempts a hostile page made. */
  probes(): string[];
  close(): Promise<void>;
}

const ODD: Record<string, { type: string; body: () => Buffer | string }> = {
  'plain.txt': {
    type: 'text/plain; charset=utf-8',
    body: () => 'Council funds library repairs\n\n' + 'The city council voted on Tuesday night to fund repairs to the branch library. '.repeat(40),
  },
  'image.png': { type: 'image/png', body: () => readFileSync(ICON) },
  'doc.xml': {
    type: 'application/xml',
    body: () =>
      '<?xml version="1.0"?><rss version="2.0"><channel><title>The Ledger</title><item><title>Council funds library repairs</title>' +
      `<description>${'The city council voted on Tuesday night to fund repairs. '.repeat(30)}</description></item></channel></rss>`,
  },
};

export async function serveHostile(): Promise<HostileServer> {
  const seen: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    seen.push(req.url ?? '/');
    const send = (type: string, body: Buffer | string) =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path.toLowerCase().startsWith(BEACON_PATH) || path.startsWith(PROBE_PATH)) {
      // A beacon: a payload ran somewhere. Answer so nothing retries; the record is what matters.
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const hostile = /^\/hostile\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
    if (hostile && existsSync(`${HOSTILE_DIR}${hostile}.html`)) {
      return send('text/html; charset=utf-8', withBeacons(readFileSync(`${HOSTILE_DIR}${hostile}.html`, 'utf8'), origin, hostile));
    }
    const page = /^\/page\/([a-z0-9-]+\.html)$/.exec(path)?.[1];
    if (page && existsSync(`${PAGES_DIR}${page}`)) {
      // ?without=<id> serves the page without its <style id="<id>"> and <script id="<id>">: the same page, minus an
      // attack.
      const without = /^[a-z-]+$/.exec(new URL(req.url ?? '/', 'http://x').searchParams.get('without') ?? '')?.[0];
      const html = readFileSync(`${PAGES_DIR}${page}`, 'utf8');
      const calm = without
        ? html
            .replace(new RegExp(`<style id="${without}">[\\s\\S]*?</style>`), '')
            .replace(new RegExp(`<script id="${without}">[\\s\\S]*?</script>`), '')
        : html;
      return send('text/html; charset=utf-8', calm);
    }
    if (path === '/spa' || path.startsWith('/spa/')) return send('text/html; charset=utf-8', readFileSync(SPA_PAGE));
    const odd = /^\/odd\/([a-z.]+)$/.exec(path)?.[1];
    if (odd && ODD[odd]) return send(ODD[odd].type, ODD[odd].body());
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seen,
    hits: () => seen.filter((u) => u.toLowerCase().startsWith(BEACON_PATH)),
    probes: () => seen.filter((u) => u.startsWith(PROBE_PATH)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
