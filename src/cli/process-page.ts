/**
 * One page, start to finish: read, parse, extract, render. Runs on the main thread (one job, stdin) or inside a
 * worker thread (batches); everything it returns is structured-clone safe.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ExtractError, extractArticle, nativeQuery, readCanonical } from '../core/index';
import { nodeSanitizer, parseDocument } from '../node/index';
import type { OutputFormat } from './args';
import { InputError, decodeHtml, readInputFile } from './read-input';
import { outputFileName, renderOutput } from './render';
import type { WarcProvenance } from './warc/read-warc';
import { recordLanguage } from './corpus/detect-language';

const HTML_FORMATS = new Set<OutputFormat>(['json', 'jsonl', 'md', 'html']);

export interface PageJob {
  path: string;
  /** Page text already read (standard input). */
  html?: string;
  url: string | null;
  /** The encoding the server declared (--charset), or null to sniff it. */
  charset: string | null;
  format: OutputFormat;
  accessedAt: string;
  /** The WARC record the page came from (html holds its body; url its WARC-Target-URI), written into JSON output. */
  warc?: WarcProvenance;
}

export type PageResult =
  | { path: string; ok: true; output: string; fileName: string; isArticle: boolean; title: string; score: number; guess: string | null }
  | { path: string; ok: false; error: string };

export async function processPage(job: PageJob): Promise<PageResult> {
  try {
    const charset = job.charset ?? undefined;
    const html = job.html !== undefined ? decodeHtml(Buffer.from(job.html, 'latin1'), job.warc ? job.path : '<stdin>', charset) : await readInputFile(job.path, charset);
    const document = parseDocument(html);
    // The page's own address (<link rel=canonical>, og:url) when --url is not given, else where the file is.
    const fallback = job.path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(job.path)).href;
    const url = job.url ?? readCanonical(nativeQuery(document), fallback) ?? fallback;
    // Text-only formats never show the article HTML, so they skip sanitising it (the slowest step in Node).
    const needsHtml = HTML_FORMATS.has(job.format);
    // The document was parsed for this page alone, so extraction may work on it without copying it first.
    const article = extractArticle(document, url, { consumeDocument: true, ...(needsHtml ? { sanitize: nodeSanitizer() } : { html: false }) });
    // Beside the core's record: where a WARC page came from, and the language declared and detected.
    const language = recordLanguage(article.lang, article.text);
    const ctx = { sourceHtml: html, accessedAt: job.accessedAt, extra: { ...(job.warc ? { warc: job.warc } : {}), language } };
    return {
      path: job.path,
      ok: true,
      output: renderOutput(article, job.format, ctx),
      fileName: outputFileName(article, job.format, ctx),
      isArticle: article.isArticle,
      title: article.title,
      score: article.detection.score,
      // Readability found nothing or far too little: the text came from the page's largest block or its JSON-LD.
      guess: article.guess
        ? `${article.guess.source === 'json-ld' ? "the page's JSON-LD articleBody" : "the page's largest block of paragraphs"} (Readability found ${article.guess.readabilityChars} characters)`
        : null,
    };
  } catch (err) {
    const message =
      err instanceof InputError ? err.message
      : err instanceof ExtractError ? `${job.path}: ${err.message}`
      : `${job.path}: extraction failed: ${(err as Error).message}`;
    return { path: job.path, ok: false, error: message };
  }
}
