import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/core/export/file-name';
import { slugify, foldToAscii } from '../../src/core/export/slug';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';

describe('exportFileName', () => {
  test('Vietnamese article: published date, folded site and title, đ -> d', () => {
    const name = exportFileName(buildArticle('baothanhhoa-giao-ban-dan-van'), CTX, 'md');
    expect(name).toMatch(/^2021-06-29-bao-thanh-hoa-thuong-truc-tinh-uy-giao-ban-voi-ban-dan-van-tinh-uy-/);
    expect(name.endsWith('.md')).toBe(true);
  });

  test('every fixture gives a short ASCII name with single dashes', () => {
    for (const slug of [...ARTICLE_SLUGS, SECTION_SLUG]) {
      const name = exportFileName(buildArticle(slug), CTX, 'csl.json');
      expect(name, slug).toMatch(/^(?:\d{4}-\d{2}-\d{2}|undated)-[a-z0-9]+(?:-[a-z0-9]+)*\.csl\.json$/);
      expect(name.length, slug).toBeLessThanOrEqual(110);
    }
  });

  test('no published date: "undated", never the access date in its place', () => {
    const article = buildArticle(SECTION_SLUG);
    expect(article.published).toBeNull();
    expect(exportFileName(article, CTX, 'txt')).toBe('undated-tin-mien-trung-thoi-su.txt');
  });

  test('no site name: the host name without www', () => {
    const article = { ...buildArticle('kellerton-council-library'), siteName: null };
    expect(exportFileName(article, CTX, '.ris')).toMatch(/^2024-10-09-kellertonledger-com-council-approves-4-2-million/);
  });

  test('a title with no letters left after folding is "untitled"', () => {
    const article = { ...buildArticle('kellerton-council-library'), title: '—— ☂ ——' };
    expect(exportFileName(article, CTX, 'md')).toBe('2024-10-09-the-kellerton-ledger-untitled.md');
  });
});

describe('slugify', () => {
  test('folds every Vietnamese vowel form and đ', () => {
    expect(foldToAscii('ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ Đđ')).toBe('aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy Dd');
  });

  test('cuts at a word boundary and never leaves double or trailing dashes', () => {
    const slug = slugify('Bộ Nông nghiệp -- làm việc   với Quảng Bình về chống sạt lở bờ biển', 30);
    expect(slug).toBe('bo-nong-nghiep-lam-viec-voi');
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).not.toMatch(/--|^-|-$/);
  });
});
