/**
 * Draws the toolbar/store icons (16, 32, 48, 128 px) into public/icons as PNGs: a rounded page with text lines.
 * A pure-JS PNG encoder over fflate's zlib, so no image tool is needed. Run: node scripts/make-icons.mjs
 * Two variants: icon-<n>.png (active, blue) and icon-idle-<n>.png (grey, shown when the page is not an article).
 */
import { zlibSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));
const SIZES = [16, 32, 48, 128];
const THEMES = {
  icon: { page: [37, 99, 235], line: [255, 255, 255] },
  'icon-idle': { page: [120, 126, 138], line: [255, 255, 255] },
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
/** RGBA pixels (size*size*4) -> PNG bytes. */
export function encodePng(size, rgba) {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const parts = [
    Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (png.set(p, at), (at += p.length));
  return png;
}

/** Coverage (0..1) of pixel (x, y) by a rounded rectangle, 4x4 supersampled for smooth edges. */
function roundRect(x, y, r) {
  let hit = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const dx = Math.max(r.x0 + r.radius - px, 0, px - (r.x1 - r.radius));
      const dy = Math.max(r.y0 + r.radius - py, 0, py - (r.y1 - r.radius));
      if (px >= r.x0 && px <= r.x1 && py >= r.y0 && py <= r.y1 && dx * dx + dy * dy <= r.radius * r.radius) hit++;
    }
  return hit / 16;
}

export function drawIcon(size, theme) {
  const rgba = new Uint8Array(size * size * 4);
  const u = size / 16;
  const page = { x0: 1.5 * u, y0: 0.5 * u, x1: 14.5 * u, y1: 15.5 * u, radius: 2.5 * u };
  // Text lines: a short headline, then body lines, like a clean article.
  const lines = [
    [3.5, 3, 10.5],
    [3.5, 6.5, 12.5],
    [3.5, 9, 12.5],
    [3.5, 11.5, 9.5],
  ].map(([x0, y0, x1]) => ({ x0: x0 * u, y0: y0 * u, x1: x1 * u, y1: y0 * u + Math.max(1, 1.4 * u), radius: 0.6 * u }));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = roundRect(x, y, page);
      const l = Math.max(...lines.map((line) => roundRect(x, y, line)));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(theme.page[c] * (1 - l) + theme.line[c] * l);
      rgba[i + 3] = Math.round(a * 255);
    }
  return encodePng(size, rgba);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, theme] of Object.entries(THEMES))
    for (const size of SIZES) writeFileSync(`${OUT}${name}-${size}.png`, drawIcon(size, theme));
  console.log(`icons written to ${OUT}`);
}
