/**
 * node bench/lang-detect.mjs — picks the CLI's language detector by measurement. For each candidate from the registry
 * it prints accuracy, bundle size and speed on the multilingual pages of trafilatura-dev (shared/bench, read where it
 * lives). Truth: the language the page declares on <html lang> (primary subtag); pages that declare none are left
 * out. Input: the page's main text as the benchmark gives it (its `with` snippets), so the detector is measured, not
 * the extraction. Size: the candidate bundled alone by esbuild, minified, then gzipped. Speed: pages per second, best
 * of three passes, and relative to the fastest candidate. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { franc } from 'franc-min';
import { eld as eldSmall } from 'eld/small';
import { eld as eldExtraSmall } from 'eld/extrasmall';
import { detect as tinyldNormal } from 'tinyld';
import { detect as tinyldLight } from 'tinyld/light';

/** franc answers in ISO 639-3; the pages declare ISO 639-1. franc-min's languages that have a 639-1 code. */
const ISO_639_3_TO_1 = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', hun: 'hu', fin: 'fi', ces: 'cs',
  slk: 'sk', ron: 'ro', swe: 'sv', dan: 'da', nob: 'no', rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs',
  ell: 'el', tur: 'tr', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', tam: 'ta', tel: 'te', mar: 'mr',
  cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo',
  ibo: 'ig', amh: 'am', som: 'so', uzb: 'uz', azj: 'az', kaz: 'kk', bel: 'be', ckb: 'ku', uig: 'ug', mya: 'my', khm: 'km',
  sin: 'si', npi: 'ne', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', ori: 'or', nya: 'ny', kin: 'rw', zul: 'zu', xho: 'xh',
  sna: 'sn', aka: 'ak', ful: 'ff', run: 'rn', lin: 'ln', mad: 'mad', sun: 'su', jav: 'jv', ceb: 'ceb', hat: 'ht', ilo: 'ilo',
};
const iso6393To1 = (code) => ISO_639_3_TO_1[code] ?? code;

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = process.env.LUCID_BENCH_DIR ? join(process.env.LUCID_BENCH_DIR, 'trafilatura-dev') : join(ROOT, '../shared/bench/trafilatura-dev');

const CANDIDATES = [
  { name: 'franc-min 6.2.0', entry: "import { franc } from 'franc-min'; console.log(franc('x'))", detect: (t) => iso6393To1(franc(t)) },
  { name: 'eld 2.1.0 (small)', entry: "import { eld } from 'eld/small'; console.log(eld.detect('x'))", detect: (t) => eldSmall.detect(t).language },
  { name: 'eld 2.1.0 (extrasmall)', entry: "import { eld } from 'eld/extrasmall'; console.log(eld.detect('x'))", detect: (t) => eldExtraSmall.detect(t).language },
  { name: 'tinyld 1.3.4', entry: "import { detect } from 'tinyld'; console.log(detect('x'))", detect: (t) => tinyldNormal(t) },
  { name: 'tinyld 1.3.4 (light)', entry: "import { detect } from 'tinyld/light'; console.log(detect('x'))", detect: (t) => tinyldLight(t) },
];

const evaldata = JSON.parse(readFileSync(join(DIR, 'evaldata.json'), 'utf8'));
const pages = [];
for (const id of Object.keys(evaldata).sort()) {
  const head = gunzipSync(readFileSync(join(DIR, 'html', `${id}.html.gz`))).subarray(0, 4096).toString('latin1');
  const lang = /<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2,3})\b/i.exec(head)?.[1]?.toLowerCase();
  const text = evaldata[id].with.join(' ');
  if (lang && text.trim()) pages.push({ id, lang, text });
}

function bundleGzipKb(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-lang-size-'));
  try {
    const out = join(dir, 'out.js');
    // The entry on standard input resolves its imports from the repository's node_modules.
    execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['--bundle', '--minify', '--format=esm', '--platform=neutral', `--outfile=${out}`, '--log-level=error'], { cwd: ROOT, input: entry });
    return gzipSync(readFileSync(out)).length / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = CANDIDATES.map((c) => {
  let right = 0;
  const wrong = new Map();
  for (const p of pages) {
    const got = c.detect(p.text) || 'und';
    if (got === p.lang) right++;
    else wrong.set(`${p.lang}→${got}`, (wrong.get(`${p.lang}→${got}`) ?? 0) + 1);
  }
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const p of pages) c.detect(p.text);
    best = Math.min(best, performance.now() - t0);
  }
  const topWrong = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ×${n}`).join(', ');
  return { name: c.name, accuracy: right / pages.length, right, kb: bundleGzipKb(c.entry), pagesPerS: pages.length / (best / 1000), topWrong };
});
const fastest = Math.max(...rows.map((r) => r.pagesPerS));
const counts = Object.entries(pages.reduce((m, p) => ({ ...m, [p.lang]: (m[p.lang] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]);
console.log(`${pages.length} pages that declare a language (${counts.map(([l, n]) => `${l} ${n}`).join(', ')})\n`);
console.log('| detector | accuracy | bundle (min+gzip) | pages/s | speed vs fastest | most frequent misses |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${(r.accuracy * 100).toFixed(1)} % (${r.right}/${pages.length}) | ${r.kb.toFixed(0)} KB | ${r.pagesPerS.toFixed(0)} | ${(r.pagesPerS / fastest).toFixed(2)} | ${r.topWrong || '—'} |`);
}
