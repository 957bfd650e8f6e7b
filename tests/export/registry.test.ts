import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportFileName, FORMAT_IDS, formats, isFormatId } from '../../src/core/export/index';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';

const SLUGS = [...ARTICLE_SLUGS, SECTION_SLUG];

describe('format registry', () => {
  test('lists the seven formats, each with its own extension and a MIME type', () => {
    expect(FORMAT_IDS).toEqual(['md', 'txt', 'json', 'html', 'csl', 'bibtex', 'ris']);
    for (const id of FORMAT_IDS) {
      expect(formats[id].id).toBe(id);
      expect(formats[id].label).not.toBe('');
      expect(formats[id].mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+(;charset=utf-8)?$/);
    }
    expect(new Set(FORMAT_IDS.map((id) => formats[id].extension)).size).toBe(FORMAT_IDS.length);
    expect(isFormatId('bibtex')).toBe(true);
    expect(isFormatId('toString')).toBe(false);
  });

  test.each(SLUGS)('%s: every format renders synchronously, deterministically, without placeholders', (slug) => {
    for (const id of FORMAT_IDS) {
      const out = formats[id].render(buildArticle(slug), CTX);
      expect(typeof out, id).toBe('string');
      expect(out, id).toBe(formats[id].render(buildArticle(slug), CTX));
      expect(out, id).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(out.endsWith('\n'), id).toBe(true);
      expect(exportFileName(buildArticle(slug), CTX, formats[id].extension).endsWith(`.${formats[id].extension}`)).toBe(true);
    }
  });
});

describe('src/core/export stays pure', () => {
  const dir = fileURLToPath(new URL('../../src/core/export/', import.meta.url));
  test.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no Node, DOM library or shell code', (file) => {
    const source = readFileSync(`${dir}${file}`, 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec, spec).toMatch(/^(?:\.\.?\/|turndown$|turndown-plugin-gfm$|@noble\/hashes\/(?:sha2|utils)$)/);
      expect(spec).not.toMatch(/extension|cli|node:|jsdom|linkedom|polyfill|preact/);
    }
  });
});
