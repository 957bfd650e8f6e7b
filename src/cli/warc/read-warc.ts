/**
 * Streams the records of one WARC file (WARC 1.0 or 1.1; plain, gzipped per record as crawlers write it, or gzipped
 * whole) with webrecorder's warcio, one record in memory at a time. Each `response` record with a 2xx HTML body
 * becomes a page with its provenance; every other record is counted by why it was skipped; a truncated last record
 * is reported at the end, not thrown.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';
import { isHtmlBody, parseContentType } from './http-content-type';

/** Where an output record came from: enough to find the record again in the archive. */
export interface WarcProvenance {
  /** The WARC file's name (not its path, so the same file read from another folder or machine gives the same record). */
  file: string;
  /**
   * Byte offset of the record in the file as stored (in a per-record gzipped WARC, of its gzip member, as CDX indexes
   * give it); null in a WARC gzipped whole, where no record after the first starts at a seekable point.
   */
  offset: number | null;
  recordId: string;
  targetUri: string;
  date: string;
}

export type SkipReason = 'request' | 'metadata' | 'revisit' | 'warcinfo' | 'other-record' | 'non-html' | 'non-2xx';

export type WarcItem =
  | { kind: 'page'; provenance: WarcProvenance; body: Uint8Array; charset: string | null }
  | { kind: 'skipped'; reason: SkipReason }
  | { kind: 'truncated'; message: string };

export const WARC_FILE = /\.warc(\.gz)?$/i;

/** Opens the file (so a missing or unreadable one throws here, before any record) and streams its records. */
export async function openWarc(path: string): Promise<AsyncGenerator<WarcItem>> {
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  return readWarc(handle, basename(path), size);
}

async function* readWarc(handle: FileHandle, file: string, size: number): AsyncGenerator<WarcItem> {
  const source = openChecked(handle);
  const parser = new WARCParser(source.chunks);
  let lastOffset = -1;
  let wholeGzip = false;
  let cut = false;
  // A record whose block ends before its Content-Length: the file was cut in the middle of it.
  const isShort = (record: { _reader: unknown }) => {
    const limit = (record._reader as { limit?: number }).limit;
    cut ||= typeof limit === 'number' && limit > 0;
    return cut;
  };
  for await (const record of parser) {
    const offset = parser.offset;
    // In a WARC gzipped whole, warcio places every record after the first at the end of the one gzip member.
    if (lastOffset >= 0 && (offset <= lastOffset || offset >= size)) wholeGzip = true;
    lastOffset = offset;
    const type = record.warcType;
    if (type !== 'response') {
      await record.skipFully();
      if (isShort(record)) break;
      yield { kind: 'skipped', reason: SKIPPED_TYPES.has(type) ? (type as SkipReason) : 'other-record' };
      continue;
    }
    const status = Number(record.httpHeaders?.statusCode);
    if (!(status >= 200 && status < 300)) {
      await record.skipFully();
      if (isShort(record)) break;
      yield { kind: 'skipped', reason: 'non-2xx' };
      continue;
    }
    const contentType = parseContentType(record.httpHeaders?.headers.get('content-type'));
    // A body the server called something else is skipped unread (a video need not pass through memory).
    if (contentType.mediaType && !isHtmlBody(contentType, new Uint8Array())) {
      await record.skipFully();
      if (isShort(record)) break;
      yield { kind: 'skipped', reason: 'non-html' };
      continue;
    }
    // The body with its transfer and content encodings (chunked, gzip, br, deflate) undone.
    const body = await record.readFully(true);
    if (isShort(record)) break;
    if (!isHtmlBody(contentType, body)) {
      yield { kind: 'skipped', reason: 'non-html' };
      continue;
    }
    yield {
      kind: 'page',
      provenance: {
        file,
        offset: wholeGzip ? null : offset,
        recordId: record.warcHeader('WARC-Record-ID') ?? '',
        targetUri: record.warcTargetURI ?? '',
        date: record.warcDate ?? '',
      },
      body,
      charset: contentType.charset,
    };
  }
  const broken = (await source.gzipError()) ?? (parser.offset + parser.recordLength < size && lastOffset >= 0 && !wholeGzip ? 'bytes left after the last record' : null);
  if (broken || cut) {
    yield { kind: 'truncated', message: `${file}: the last record is truncated (${broken ?? 'shorter than its Content-Length'}); the records before it were read` };
  }
}

const SKIPPED_TYPES = new Set(['request', 'metadata', 'revisit', 'warcinfo']);


/**
 * The file's bytes for warcio. A gzipped file is also fed to Node's gunzip, whose output is dropped: warcio stops
 * quietly at a cut gzip member, and zlib says so.
 */
function openChecked(handle: FileHandle): { chunks: AsyncIterable<Uint8Array>; gzipError(): Promise<string | null> } {
  const stream = handle.createReadStream({ highWaterMark: 1 << 20 });
  let gunzip: ReturnType<typeof createGunzip> | null = null;
  let failure: string | null = null;
  let ended: Promise<void> = Promise.resolve();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!gunzip && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        gunzip = createGunzip();
        gunzip.resume();
        ended = new Promise((res) => {
          gunzip!.on('end', res);
          gunzip!.on('error', (err: Error) => {
            failure = err.message;
            res();
          });
        });
      }
      gunzip?.write(chunk);
      yield chunk;
    }
  }
  const iterator = chunks();
  return {
    chunks: iterator,
    async gzipError() {
      // Whatever warcio left unread still goes through the check.
      for await (const _ of iterator);
      (gunzip as ReturnType<typeof createGunzip> | null)?.end();
      await ended;
      return failure;
    },
  };
}
