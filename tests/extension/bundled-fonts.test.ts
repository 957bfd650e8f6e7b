/**
 * The typefaces the build bundles (scripts/bundled-fonts.mjs): woff2 only, only the listed subsets, each package's
 * licence beside its files, a stylesheet that names only those files, and every family the reader's stylesheet asks
 * for declared in it. Prints the size they add to the extension.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, bundledFontPlan } from '../../scripts/bundled-fonts.mjs';

const ROOT = join(import.meta.dirname, '../..');
const plan = bundledFontPlan(ROOT);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('bundled fonts', () => {
  it('come from pinned Fontsource packages under the SIL Open Font License, whose licence text ships with them', () => {
    for (const font of BUNDLED_FONTS) {
      expect(pkg.devDependencies[font.pkg], font.pkg).toMatch(/^\d+\.\d+\.\d+$/);
      const meta = JSON.parse(readFileSync(join(ROOT, 'node_modules', font.pkg, 'package.json'), 'utf8'));
      expect(meta.license, font.pkg).toBe('OFL-1.1');
      const license = plan.files.find((f) => f.to === `fonts/${font.id}/LICENSE`);
      expect(license, font.id).toBeDefined();
      expect(readFileSync(license!.from, 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    }
  });

  it('copy woff2 files of the listed subsets only, normal and italic, and the stylesheet names exactly those', () => {
    const fonts = plan.files.filter((f) => !f.to.endsWith('/LICENSE'));
    expect(fonts.every((f) => f.to.endsWith('.woff2'))).toBe(true);
    for (const font of BUNDLED_FONTS) {
      const own = fonts.filter((f) => f.to.startsWith(`fonts/${font.id}/`)).map((f) => f.to);
      expect(own).toHaveLength(font.subsets.length * 2);
      for (const subset of font.subsets) {
        expect(own.some((to) => to.endsWith(`-${subset}-wght-normal.woff2`)), `${font.id} ${subset}`).toBe(true);
        expect(own.some((to) => to.endsWith(`-${subset}-wght-italic.woff2`)), `${font.id} ${subset} italic`).toBe(true);
      }
    }
    const named = [...plan.css.matchAll(/url\('\/([^']+)'\)/g)].map((m) => m[1]).sort();
    expect(named).toEqual(fonts.map((f) => f.to).sort());
    expect(plan.css).not.toMatch(/https?:|\/\/[a-z]/i); // nothing remote
    // Each face keeps the package's unicode-range, so a subset's file is read only for text that needs it.
    expect(plan.css.match(/@font-face/g)).toHaveLength(fonts.length);
    expect(plan.css.match(/unicode-range:/g)).toHaveLength(fonts.length);
  });

  it('declare every bundled family the reader and the options ask for', () => {
    const declared = new Set([...plan.css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
    expect([...declared].sort()).toEqual(BUNDLED_FONTS.map((f) => f.family).sort());
    for (const sheet of ['src/extension/reader/reader.css', 'src/extension/options/options.css']) {
      const asked = [...readFileSync(join(ROOT, sheet), 'utf8').matchAll(/'(Lucid [^']+)'/g)].map((m) => m[1]);
      expect(asked.length, sheet).toBeGreaterThanOrEqual(3);
      for (const family of asked) expect(declared.has(family), `${sheet}: ${family}`).toBe(true);
    }
  });

  it('add under 500 KB to the extension', () => {
    const bytes = plan.files.filter((f) => f.to.endsWith('.woff2')).reduce((sum, f) => sum + statSync(f.from).size, 0);
    console.log(`bundled fonts: ${plan.files.length} files, ${(bytes / 1024).toFixed(0)} KiB of woff2`);
    expect(bytes).toBeLessThan(500 * 1024);
  });
});
