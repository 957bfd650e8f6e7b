/**
 * Reads one saved page from disk or stdin into text: gunzips .gz, decodes it as a browser would (byte-order mark,
 * the server's charset when given, the page's own <meta charset>: sniff-encoding.ts), and says clearly when the
 * input is empty or not HTML.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodePage } from './sniff-encoding';

export class InputError extends Error {
  constructor(
    readonly code: 'missing' | 'unreadable' | 'empty' | 'not-html',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export async function readInputFile(path: string, charset?: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('missing', `${path}: no such file`);
    if (code === 'EISDIR') throw new InputError('unreadable', `${path}: is a folder`);
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? (err as Error).message})`);
  }
  return decodeHtml(bytes, path, charset);
}

/** Standard input as raw bytes read into a latin1 string (lossless), decoded later like a file. */
export async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('latin1');
}

/**
 * Gunzips, then decodes as a browser would (sniff-encoding.ts). `charset` is what the server said the page was in,
 * when known (--charset). Refuses only what a browser could not show as a page: nothing but whitespace, a known
 * binary format (an image, a PDF, an archive … named .html), or bytes with no markup at all. Control characters,
 * NUL included, are not a reason: browsers read such pages.
 */
export function decodeHtml(raw: Buffer, name: string, charset?: string): string {
  let bytes = raw;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError('unreadable', `${name}: looks gzipped but cannot be decompressed`);
    }
  }
  if (bytes.length === 0 || !bytes.some((b) => b > 0x20)) throw new InputError('empty', `${name}: the file is empty`);
  if (isBinaryFormat(bytes)) throw new InputError('not-html', `${name}: not an HTML document`);
  const { text, encoding } = decodePage(bytes, charset);
  if (encoding === 'replacement') {
    throw new InputError(
      'unreadable',
      `${name}: declares a charset browsers do not decode (ISO-2022-KR, HZ-GB-2312 and the like: ` +
        'a browser shows one replacement character)',
    );
  }
  if (!/<[a-z!?/]/i.test(text.slice(0, 4096))) throw new InputError('not-html', `${name}: not an HTML document`);
  return text;
}

/**
 * Signatures of binary formats (from the WHATWG MIME Sniffing tables: images, audio and video, fonts, archives,
 * PDF), each four bytes or more, or starting with bytes no text page starts with.
 */
const BINARY_SIGNATURES: readonly (readonly [offset: number, bytes: string])[] = [
  [0, '\x89PNG\r\n\x1a\n'],
  [0, 'GIF87a'],
  [0, 'GIF89a'],
  [0, '\xff\xd8\xff'],
  [0, '\x00\x00\x01\x00'], // ICO
  [0, 'RIFF'], // WebP, WAVE, AVI
  [0, '\x1aE\xdf\xa3'], // WebM, Matroska
  [0, 'OggS\x00'],
  [0, 'MThd\x00\x00\x00\x06'],
  [4, 'ftyp'], // MP4, MOV, HEIF, AVIF
  [0, 'wOFF'],
  [0, 'wOF2'],
  [0, 'OTTO'],
  [0, 'ttcf'],
  [0, '\x00\x01\x00\x00'], // TrueType
  [0, 'PK\x03\x04'], // zip, docx, epub
  [0, 'Rar!\x1a\x07'],
  [0, '7z\xbc\xaf\x27\x1c'],
  [0, '%PDF-'],
  [0, '%!PS-Adobe-'],
];

function isBinaryFormat(bytes: Uint8Array): boolean {
  return BINARY_SIGNATURES.some(([offset, sig]) => {
    if (bytes.length < offset + sig.length) return false;
    for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig.charCodeAt(i)) return false;
    return true;
  });
}
