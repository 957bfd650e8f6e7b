import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../src/extension/restricted-url';

const noFile = { fileAccess: false };

describe('restrictionOf', () => {
  it('allows ordinary web pages', () => {
    for (const url of ['https://baothanhhoa.vn/thoi-su/141526.htm', 'http://127.0.0.1:8080/page.html', 'https://example.org/a.pdf.html']) {
      expect(restrictionOf(url, noFile), url).toBeNull();
    }
  });

  it('refuses browser, extension and special pages', () => {
    for (const url of [
      'chrome://settings/',
      'edge://extensions/',
      'about:addons',
      'about:blank',
      'view-source:https://example.org/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
      'moz-extension://0b9b6d3c-1234-4e5f-8a9b-0123456789ab/popup.html',
      'data:text/html,<p>hi',
      'not a url',
    ]) {
      expect(restrictionOf(url, noFile), url).toBe('restricted');
    }
    expect(restrictionOf(undefined, noFile)).toBe('restricted');
  });

  it('refuses the browser stores', () => {
    expect(restrictionOf('https://chromewebstore.google.com/detail/x/abc', noFile)).toBe('restricted');
    expect(restrictionOf('https://chrome.google.com/webstore/detail/abc', noFile)).toBe('restricted');
    expect(restrictionOf('https://addons.mozilla.org/en-US/firefox/addon/x/', noFile)).toBe('restricted');
    expect(restrictionOf('https://chrome.google.com/search', noFile)).toBeNull();
  });

  it('reports PDFs as not HTML', () => {
    expect(restrictionOf('https://example.org/report.PDF', noFile)).toBe('not-html');
  });

  it('allows file:// only with file access', () => {
    expect(restrictionOf('file:///home/me/page.html', noFile)).toBe('restricted');
    expect(restrictionOf('file:///home/me/page.html', { fileAccess: true })).toBeNull();
  });
});
