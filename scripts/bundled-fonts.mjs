/**
 * The typefaces bundled with the extension (the reader's text menu offers them next to the system's serif and
 * sans-serif). Each comes from a Fontsource package (SIL Open Font License 1.1, pinned in package.json), as variable
 * woff2 files, only the subsets listed here. The build copies those files and the package's LICENSE into fonts/<dir>/
 * of each browser's folder and writes fonts/fonts.css from the package's own @font-face rules (unicode-range kept, so
 * a page without Cyrillic never reads the Cyrillic file). No font is ever fetched from the network.
 *
 * Family names carry a "Lucid" prefix: the reader's pages are extension pages, which no web page's @font-face
 * reaches, and the prefix keeps a system font of the same name from standing in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLED_FONTS = [
  {
    id: 'literata',
    family: 'Lucid Literata',
    pkg: '@fontsource-variable/literata',
    // Vietnamese and Russian are UI languages; Greek is left out (58 KB more).
    subsets: ['latin', 'latin-ext', 'vietnamese', 'cyrillic'],
  },
  {
    id: 'legible',
    family: 'Lucid Atkinson Hyperlegible',
    pkg: '@fontsource-variable/atkinson-hyperlegible-next',
    // The font has no other subsets: Vietnamese tone marks and Cyrillic come from the next family in the stack.
    subsets: ['latin', 'latin-ext'],
  },
  {
    id: 'mono',
    family: 'Lucid Atkinson Hyperlegible Mono',
    pkg: '@fontsource-variable/atkinson-hyperlegible-mono',
    subsets: ['latin', 'latin-ext'],
  },
];

/** The @font-face blocks of a Fontsource stylesheet: the file each names, its subset and its rule text. */
function faceBlocks(css, base) {
  const blocks = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(m[1])?.[1];
    if (!file) continue;
    const subset = new RegExp(`^${base}-(.+)-wght-(?:normal|italic)\\.woff2$`).exec(file)?.[1];
    blocks.push({ file, subset, body: m[1] });
  }
  return blocks;
}

/**
 * What the build writes for the bundled fonts: the stylesheet's text and the files to copy, as
 * { css, files: [{ from, to }] } with `to` relative to the extension's root.
 */
export function bundledFontPlan(root) {
  const files = [];
  const rules = [];
  for (const font of BUNDLED_FONTS) {
    const pkgDir = join(root, 'node_modules', font.pkg);
    const base = font.pkg.split('/')[1];
    for (const sheet of ['wght.css', 'wght-italic.css']) {
      for (const block of faceBlocks(readFileSync(join(pkgDir, sheet), 'utf8'), base)) {
        if (!font.subsets.includes(block.subset)) continue;
        const to = `fonts/${font.id}/${block.file}`;
        files.push({ from: join(pkgDir, 'files', block.file), to });
        const body = block.body
          .replace(/font-family:[^;]*;/, `font-family: '${font.family}';`)
          .replace(/url\(\.\/files\/[^)]+\)/, `url('/${to}')`);
        rules.push(`/* ${font.pkg} ${block.subset} */\n@font-face {${body}}`);
      }
    }
    files.push({ from: join(pkgDir, 'LICENSE'), to: `fonts/${font.id}/LICENSE` });
  }
  return { css: `${rules.join('\n\n')}\n`, files };
}
