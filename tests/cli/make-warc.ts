/** Writes WARC files for the CLI's tests with warcio's own writer, from the golden fixtures' pages. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export const fixturePage = (slug: string): Buffer => readFileSync(`tests/fixtures/${slug}/page.html`);

export interface RecordSpec {
  type: 'response' | 'request' | 'metadata' | 'revisit' | 'warcinfo';
  url: string;
  date?: string;
  status?: number;
  httpHeaders?: Record<string, string>;
  body: Uint8Array;
  version?: 'WARC/1.0' | 'WARC/1.1';
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

export async function serializeRecord(spec: RecordSpec, gzip: boolean): Promise<Uint8Array> {
  const http = spec.type === 'response' || spec.type === 'request';
  const record = WARCRecord.create(
    {
      url: spec.url,
      date: spec.date ?? '2025-03-04T05:06:07Z',
      type: spec.type,
      warcVersion: spec.version ?? 'WARC/1.1',
      ...(http
        ? {
            httpHeaders: spec.httpHeaders ?? {},
            statusline: spec.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${spec.status ?? 200} ${spec.status === 404 ? 'Not Found' : 'OK'}`,
          }
        : { warcHeaders: { 'Content-Type': 'application/warc-fields' } }),
    },
    once(spec.body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function buildWarc(specs: RecordSpec[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const spec of specs) parts.push(await serializeRecord(spec, gzip));
  return Buffer.concat(parts);
}

/** A body sent with Transfer-Encoding: chunked (in uneven chunks) over Content-Encoding: gzip. */
export function chunkedGzip(body: Uint8Array): Buffer {
  const gz = gzipSync(body);
  const parts: Buffer[] = [];
  for (let at = 0, size = 1000; at < gz.length; at += size, size += 777) {
    const piece = gz.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** A windows-1252 copy of a UTF-8 fixture page, its own <meta charset> removed (or replaced by `meta`). */
export function asWindows1252(page: Buffer, meta = ''): Buffer {
  const text = page.toString('utf8').replace(/<meta[^>]*charset[^>]*>/i, meta);
  return Buffer.from([...text].map((c) => WIN1252.get(c) ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}
const WIN1252 = new Map<string, number>([
  ['€', 0x80], ['‚', 0x82], ['„', 0x84], ['…', 0x85], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97], ['™', 0x99],
]);

/** The sample WARC of the tests: three pages and one of each kind of record that is skipped. */
export async function sampleWarcSpecs(): Promise<RecordSpec[]> {
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  return [
    { type: 'warcinfo', url: '', body: Buffer.from('software: lucid tests\r\n') },
    { type: 'request', url: 'https://kellerton.example/news/library', httpHeaders: { Host: 'kellerton.example' }, body: new Uint8Array() },
    { type: 'response', url: 'https://kellerton.example/news/library', httpHeaders: html, body: fixturePage('kellerton-council-library') },
    { type: 'metadata', url: 'https://kellerton.example/news/library', body: Buffer.from('fetchTimeMs: 120\r\n') },
    {
      type: 'response',
      url: 'https://baothanhhoa.example/giao-ban',
      date: '2025-03-05T00:00:00Z',
      httpHeaders: { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
      body: chunkedGzip(fixturePage('baothanhhoa-giao-ban-dan-van')),
    },
    { type: 'response', url: 'https://kellerton.example/missing', status: 404, httpHeaders: html, body: Buffer.from('<html><body><h1>Not found</h1></body></html>') },
    { type: 'response', url: 'https://kellerton.example/report.pdf', httpHeaders: { 'Content-Type': 'application/pdf' }, body: Buffer.from('%PDF-1.4\n%...\n') },
    {
      type: 'response',
      url: 'https://ruthsplot.example/frost',
      httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' },
      body: asWindows1252(fixturePage('ruthsplot-frost-sensor-blog')),
    },
    { type: 'revisit', url: 'https://kellerton.example/news/library', body: new Uint8Array() },
  ];
}
