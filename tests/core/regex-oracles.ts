/**
 * The regular expressions the always-on detector used before it moved to string scanning (a fresh renderer
 * process compiles each regular expression on first use). Kept here only as the reference the scanners must agree
 * with, character for character.
 */
import type { DetectionSignal } from '../../src/core/article';

export function addressSignalsByRegex(url: string, path: string): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  if ((path === '/' || path === '') && !/^[^?#]*\?([^#]*&)?[^=&#]*=\d+(?=[&#]|$)/.test(url)) signals.push({ name: 'site-root', weight: -0.3 });
  if (/[?&](q|s|query|search|keyword|tu-khoa)=/i.test(url) || /\/(search|tim-kiem)(\/|$)/i.test(path)) signals.push({ name: 'search-page', weight: -0.3 });
  else if (/\/(tag|tags|category|categories|chuyen-muc|page)\/[^/]*\/?$/i.test(path)) signals.push({ name: 'listing-path', weight: -0.15 });
  if (/[a-z0-9]+(-[a-z0-9]+){3,}/i.test(path) || /\d{4,}\.html?$/i.test(path)) signals.push({ name: 'article-path', weight: 0.1 });
  return signals;
}

export const titleKeyByRegex = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u3000-\u303f\uff01-\uff0f]+/g, ' ')
    .trim();

export const unwrapByRegex = (raw: string) => raw.replace(/^\s*(<!--|\/\/<!\[CDATA\[)/, '').replace(/(-->|\/\/\]\]>)\s*$/, '');

export const localNameByRegex = (type: string) => type.replace(/^.*[/#]/, '');
