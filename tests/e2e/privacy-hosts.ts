/**
 * The two sites of the privacy e2e (tests/e2e/privacy.e2e.test.ts), both on this machine:
 * - the article, served from 127.0.0.1;
 * - a third-party image host, addressed as localhost (a different site from 127.0.0.1 for cookies), that sets
 *   SameSite=Lax, Strict, None and unmarked cookies on a first-party visit and records, for every request it
 *   serves, the path and the Cookie header it received.
 * The article shows photos, tracking pixels in every shape the core knows, and every other way markup can make a
 * browser fetch (srcset, <picture><source>, poster, inline background, <object>, <link>, <input type=image>).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const PNG = readFileSync(fileURLToPath(new URL('../../public/icons/icon-128.png', import.meta.url)));
/** A 1×1 transparent GIF, as beacons answer. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The cookies the image host sets: one per SameSite mode, and one with none given. */
export const COOKIE_NAMES = ['lr_lax', 'lr_strict', 'lr_none', 'lr_default'] as const;
const SET_COOKIES = ['lr_lax=1; SameSite=Lax; Path=/', 'lr_strict=1; SameSite=Strict; Path=/', 'lr_none=1; SameSite=None; Secure; Path=/', 'lr_default=1; Path=/'];

export const HEADLINE = 'Council funds library repairs after a long debate';
export const FIRST_PARAGRAPH = 'The city council voted on Tuesday night to fund repairs to the Riverside branch library';

const ARTICLE_PATH = '/2024/10/09/council-funds-library-repairs/';

export interface ImageHit {
  /** Path and query, e.g. /photo/lead.png. */
  path: string;
  /** The Cookie header as received ('' when none). */
  cookie: string;
}

export interface PrivacyHosts {
  /** The article page, on 127.0.0.1. */
  articleUrl: string;
  /** The image host's origin, http://localhost:<port>. */
  imageOrigin: string;
  /** Every request the image host served, in order. */
  hits: ImageHit[];
  close(): Promise<void>;
}

/** Cookie names in a Cookie header. */
export const cookieNames = (header: string): string[] =>
  header
    .split(';')
    .map((c) => c.trim().split('=')[0])
    .filter(Boolean)
    .sort();

function article(img: string): string {
  const para = (text: string) => `<p>${text}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | The Ledger</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2024-10-09T08:00:00Z"><meta name="author" content="Dana Whitfield">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEADLINE}","datePublished":"2024-10-09T08:00:00Z","author":{"@type":"Person","name":"Dana Whitfield"}}</script>
<link rel="stylesheet" href="${img}/other/head-style.css"></head>
<body><header><a href="/">The Ledger</a></header>
<main><article>
<h1>${HEADLINE}</h1>
<p class="byline">By Dana Whitfield · <time datetime="2024-10-09T08:00:00Z">9 October 2024</time></p>
<figure><img src="${img}/photo/lead.png" width="640" height="360" alt="The Riverside branch library"><figcaption>The Riverside branch library, closed since the spring floods.</figcaption></figure>
${para(`${FIRST_PARAGRAPH}, ending nearly two years of argument over a building that has been closed since the spring floods left water in its basement and mould in its reading rooms.`)}
<img src="${img}/pixel/attrs-1x1.gif" width="1" height="1" alt="">
<img src="${img}/pixel/attrs-0x0.gif" width="0" height="0" alt="">
<img src="${img}/pixel/style-1px.gif" style="width:1px;height:1px;border:0" alt="">
<img src="${img}/pixel/style-0.gif" style="width:0;height:0" alt="">
<img src="${img}/pixel/one-side.gif" height="1" alt="">
${para(`The vote was four to one. Councillor Tully voted against, saying the money should go to the east side first, where residents have waited longer for a library of their own. <img src="${img}/pixel/inline.gif" width="1" height="1" alt="">`)}
<p><img src="${img}/photo/unsized.png?cors=1" alt="Readers at the counter"></p>
<img src="${img}/pixel.gif?u=%2Fcouncil-funds-library-repairs" alt="">
<noscript><img src="${img}/pixel/noscript.gif" width="1" height="1" alt=""></noscript>
${para('Construction is expected to begin in March and take about fourteen months, while the collection moves to a temporary space on Elm Avenue that the city rents from the school district.')}
<p><img src="${img}/photo/with-srcset.png" srcset="${img}/other/srcset-2x.png 2x, ${img}/other/srcset-3x.png 3x" alt="The reading room"></p>
<picture><source srcset="${img}/other/picture-source.png" type="image/png"><img src="${img}/photo/picture.png" alt="The basement after the floods"></picture>
<video poster="${img}/other/video-poster.png" src="${img}/other/video.mp4" width="320" height="180"></video>
<div style="background-image:url('${img}/other/inline-background.png')">${para('Library staff said they would keep running story hours in the park until the branch reopens, weather permitting, and that the mobile library will stop there twice a week.')}</div>
<table background="${img}/other/table-background.png"><tr><td>Budget</td><td>4.2 million</td></tr></table>
<object data="${img}/other/object.png" type="image/png"></object>
<link rel="stylesheet" href="${img}/other/body-style.css">
<input type="image" src="${img}/other/input-image.png" alt="Submit">
${para('Residents who spoke at the hearing were mostly in favour. Several parents said the branch was the only quiet place their children could do homework after school, and a retired teacher read out letters from pupils asking for it to reopen.')}
${para('The council will hear a report on the east side branch in the new year, the mayor said, adding that the city had applied for a state grant that could pay for part of a second building.')}
</article></main></body></html>`;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function servePrivacyHosts(): Promise<PrivacyHosts> {
  const hits: ImageHit[] = [];
  const imageHost = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    hits.push({ path: url.pathname + url.search, cookie: String(req.headers.cookie ?? '') });
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (url.searchParams.has('cors')) headers['access-control-allow-origin'] = '*';
    if (url.pathname === '/set-cookies') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'set-cookie': SET_COOKIES }).end('<p>cookies set</p>');
    } else if (url.pathname === '/echo') {
      res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end('ok');
    } else if (url.pathname.startsWith('/photo/')) {
      res.writeHead(200, { ...headers, 'content-type': 'image/png' }).end(PNG);
    } else if (url.pathname.startsWith('/pixel')) {
      res.writeHead(200, { ...headers, 'content-type': 'image/gif' }).end(GIF);
    } else {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    }
  });
  const imagePort = await listen(imageHost);
  const imageOrigin = `http://localhost:${imagePort}`;
  const page = article(imageOrigin);
  const articleHost = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === ARTICLE_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const articlePort = await listen(articleHost);
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    articleUrl: `http://127.0.0.1:${articlePort}${ARTICLE_PATH}`,
    imageOrigin,
    hits,
    close: async () => {
      await Promise.all([close(imageHost), close(articleHost)]);
    },
  };
}
