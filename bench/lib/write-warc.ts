/**
 * Writes a WARC (gzipped per record, as crawlers write them) from saved benchmark pages, streaming, for the CLI
 * benchmarks: each page is a 200 text/html response; pages are repeated under new addresses until `minBytes` is
 * written (0: each page once). Returns the number of response records.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

async function* once(bytes: Uint8Array) {
  yield bytes;
}

export async function writeBenchWarc(path: string, pageFiles: string[], minBytes = 0): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  const bodies = pageFiles.map((f) => ({ name: basename(f).replace(/\.html?(\.gz)?$/, ''), bytes: f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f) }));
  for (let round = 0; round === 0 || written < minBytes; round++) {
    for (const { name, bytes } of bodies) {
      const record = WARCRecord.create(
        { url: `https://bench.example/${round}/${name}`, date: '2025-01-01T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
        once(bytes),
      );
      const chunk = await WARCSerializer.serialize(record, { gzip: true, digest: { algo: '' } });
      if (!out.write(chunk)) await new Promise<void>((res) => out.once('drain', () => res()));
      written += chunk.length;
      records++;
    }
  }
  await new Promise<void>((res) => out.end(() => res()));
  return records;
}
