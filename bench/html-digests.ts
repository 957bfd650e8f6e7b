/**
 * npx tsx bench/html-digests.ts out.json — a digest of the article HTML `extractFromHtml` gives for every page of
 * ../shared/bench (scrapinghub, trafilatura-dev, Readability's sources), to compare two revisions of a change meant to
 * leave the output byte-identical (the sanitiser's unwrapping was checked so: 778 pages, 0 differ):
 *   git stash; npx tsx bench/html-digests.ts /tmp/a.json; git stash pop; npx tsx bench/html-digests.ts /tmp/b.json
 * then the script prints the pages that differ when given both files: npx tsx bench/html-digests.ts --diff /tmp/a.json /tmp/b.json
 * With --whole, the digest is of the whole Article (text, metadata, attendees, HTML …), for changes meant to leave
 * every field as it was.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractFromHtml } from '../src/node/index';

const whole = process.argv.includes('--whole');
const args = process.argv.slice(2).filter((a) => a !== '--whole');
if (args[0] === '--diff') {
  const [a, b] = args.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);
  const differ = Object.keys(a).filter((k) => a[k] !== b[k]);
  console.log(`${Object.keys(a).length} pages, ${differ.length} differ`);
  for (const k of differ) console.log(k);
} else {
  const root = fileURLToPath(new URL('../../shared/bench', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.html?(\.gz)?$/.test(f) && !f.startsWith('expected')) files.push(p);
    }
  };
  walk(root);
  const out: Record<string, string> = {};
  for (const f of files.sort()) {
    const bytes = readFileSync(f);
    const html = (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    try {
      const a = await extractFromHtml(html, 'https://bench.example/a/b/some-article-slug');
      out[f.slice(root.length + 1)] = createHash('sha256').update(whole ? JSON.stringify(a) : a.html).digest('hex').slice(0, 16);
    } catch (e) {
      out[f.slice(root.length + 1)] = `error: ${(e as Error).message.slice(0, 60)}`;
    }
  }
  writeFileSync(args[0] ?? 'html-digests.json', JSON.stringify(out, null, 1));
  console.log(`${files.length} pages`);
}
