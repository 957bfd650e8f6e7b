/**
 * Reads one saved page from disk or stdin into text: gunzips .gz, honours the byte-order mark and the page's own
 * <meta charset>, and says clearly when the input is empty or not HTML.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {
  constructor(
    readonly code: 'missing' | 'unreadable' | 'empty' | 'not-html',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export async function readInputFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('missing', `${path}: no such file`);
    if (code === 'EISDIR') throw new InputError('unreadable', `${path}: is a folder`);
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? (err as Error).message})`);
  }
  return decodeHtml(bytes, path);
}

/** Standard input as raw bytes read into a latin1 string (lossless), decoded later like a file. */
export async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('latin1');
}

export function decodeHtml(raw: Buffer, name: string): string {
  let bytes = raw;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError('unreadable', `${name}: looks gzipped but cannot be decompressed`);
    }
  }
  if (bytes.length === 0 || !bytes.some((b) => b > 0x20)) throw new InputError('empty', `${name}: the file is empty`);
  const text = new TextDecoder(sniffCharset(bytes), { fatal: false }).decode(bytes);
  const head = text.slice(0, 4096);
  if (/\u0000/.test(head) || !/<[a-z!?/]/i.test(head)) {
    throw new InputError('not-html', `${name}: not an HTML document`);
  }
  return text;
}

/** BOM first, then <meta charset> / http-equiv in the first 4 KB (as browsers pre-scan), else UTF-8. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i);
  if (m) {
    const label = m[1].toLowerCase();
    try {
      new TextDecoder(label);
      return label;
    } catch {
      return 'utf-8';
    }
  }
  return 'utf-8';
}
