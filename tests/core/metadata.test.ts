import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bylineFromTrailingLine, cleanByline, readMetadata, stripSiteSuffix, toIsoDate } from '../../src/core/metadata/metadata';
import { articlePage } from './pages';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('readMetadata', () => {
  it('reads title, byline, site, language, date and canonical URL from a news page', () => {
    const html = articlePage().replace('</head>', '<link rel="canonical" href="/2024/10/09/council-backs-repairs/"></head>');
    const m = readMetadata(doc(html), 'https://ledger.example/2024/10/09/council-backs-repairs/?utm_source=x');
    expect(m.title).toBe('Council backs repairs to the Riverside branch library');
    expect(m.byline).toBe('Marcus Feld');
    expect(m.siteName).toBe('The Ledger');
    expect(m.lang).toBe('en');
    expect(m.published).toBe('2024-10-09T10:00:00Z');
    expect(m.canonicalUrl).toBe('https://ledger.example/2024/10/09/council-backs-repairs/');
  });

  it('takes the section <h1> on a listing whose og:title adds a slogan', () => {
    const html = `<html lang="vi"><head><meta property="og:title" content="Thời sự - Tin tức thời sự miền Trung mới nhất">
      <title>Thời sự - Tin tức | Tin Miền Trung</title></head><body><h1>Thời sự</h1></body></html>`;
    expect(readMetadata(doc(html), 'https://tin.example/thoi-su/').title).toBe('Thời sự');
  });

  it('does not take the publisher named as meta author for a byline', () => {
    const html = `<html lang="vi"><head><meta property="og:site_name" content="Báo Thanh Hóa"><meta name="author" content="Báo Thanh Hóa">
      <title>Tin</title></head><body><h1>Tin</h1></body></html>`;
    expect(readMetadata(doc(html), 'https://baothanhhoa.example/a').byline).toBeNull();
  });

  it('guesses Vietnamese for an undeclared page written in Vietnamese', () => {
    const html = `<html><head><title>Tin</title></head><body><p>Chiều 29-6, Thường trực Tỉnh ủy đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy và các đoàn thể chính trị - xã hội cấp tỉnh để đánh giá tình hình.</p></body></html>`;
    expect(readMetadata(doc(html), 'https://x.example/a').lang).toBe('vi');
  });

  it('ignores a page-wide list of <time> elements for the publication date', () => {
    const html = `<html><head><title>T</title></head><body><time datetime="2024-11-15">a</time><time datetime="2024-11-14">b</time></body></html>`;
    expect(readMetadata(doc(html), 'https://x.example/').published).toBeNull();
  });
});

describe('metadata helpers', () => {
  it('normalises dates, keeping the page offset, and refuses non-dates', () => {
    expect(toIsoDate('2021-06-29T18:34:00+07:00')).toBe('2021-06-29T18:34:00+07:00');
    expect(toIsoDate('2024-05-14T09:00:00+0200')).toBe('2024-05-14T09:00:00+02:00');
    expect(toIsoDate('29/06/2021')).toBe('2021-06-29');
    expect(toIsoDate('Thứ năm, 16/3/2023, 18:20 (GMT+7)')).toBe('2023-03-16');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('45/13/2021')).toBeNull();
  });

  it('strips a site suffix only when it names the site', () => {
    expect(stripSiteSuffix('Bộ Nông nghiệp làm việc với Quảng Bình - Thời Sự Việt', 'Thời Sự Việt')).toBe('Bộ Nông nghiệp làm việc với Quảng Bình');
    expect(stripSiteSuffix('Kinh tế - xã hội tăng trưởng', 'Báo X')).toBe('Kinh tế - xã hội tăng trưởng');
  });

  it('cleans bylines and finds a signature line at the end of the body', () => {
    expect(cleanByline('By Marcus Feld')).toBe('Marcus Feld');
    expect(cleanByline('Bài và ảnh: Minh Trí')).toBe('Minh Trí');
    expect(bylineFromTrailingLine(['Một đoạn văn dài về hội nghị.', 'Minh Trí'])).toBe('Minh Trí');
    expect(bylineFromTrailingLine(['The meeting ended at 9 p.m.', 'The vote is set for November.'])).toBeNull();
  });
});
