/**
 * A standalone, readable HTML page: inline CSS, no script, a Content-Security-Policy that forbids anything but
 * images and inline styles, every metadata string escaped, the article body re-serialised through safeHtml.
 */
import type { Article, Attendees, AttendeePart } from '../article';
import type { ExportContext } from './context';
import { cleanUrl } from './clean-url';
import { stripControls } from './control-chars';
import { isoDay } from './dates';
import { escapeHtml } from './escape-html';
import { safeHtml } from './html-tokens';

/**
 * Scripts, frames, fonts, fetches: none. Images and inline styles only. base-uri and form-action are added
 * because default-src does not cover them. A constant without `"` or `&`, so it is written unescaped.
 */
export const EXPORT_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
body{margin:0;background:#fbfaf7;color:#1d1d1b;font:18px/1.65 Georgia,"Noto Serif","Times New Roman",serif}
article{max-width:42rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
h1{font-size:2rem;line-height:1.25;margin:0 0 .75rem}
.standfirst{font-size:1.1rem;color:#4a4a46;margin:0 0 .75rem}
.meta,.source{font:14px/1.5 system-ui,sans-serif;color:#5b5b57;margin:.25rem 0}
.source a{color:inherit;word-break:break-all}
.attendees{font:15px/1.5 system-ui,sans-serif;background:#f0eee7;border-radius:8px;padding:.75rem 1rem;margin:1.5rem 0}
.attendees h2{font-size:15px;margin:0 0 .5rem}
.attendees ul{margin:0;padding-left:1.2rem}
.content img{max-width:100%;height:auto}
.content figure{margin:1.5rem 0}
.content figcaption{font:14px/1.5 system-ui,sans-serif;color:#5b5b57}
.content table{border-collapse:collapse}
.content td,.content th{border:1px solid #d8d5cc;padding:.25rem .5rem}
@media (prefers-color-scheme:dark){body{background:#1b1b1a;color:#e8e6e1}.meta,.source,.standfirst,.content figcaption{color:#a9a69e}.attendees{background:#2a2a28}}
`.trim();

const LABELS: Record<string, { heading: string; groups: string; parts: Record<AttendeePart, string>; accessed: string; via: string }> = {
  vi: {
    heading: 'Thành phần tham dự',
    groups: 'Đơn vị',
    parts: { chair: 'chủ trì', attendee: 'dự', speaker: 'phát biểu' },
    accessed: 'truy cập',
    via: 'trích xuất bằng',
  },
  en: {
    heading: 'Who took part',
    groups: 'Groups',
    parts: { chair: 'chaired', attendee: 'attended', speaker: 'spoke' },
    accessed: 'accessed',
    via: 'extracted with',
  },
};

const labelsFor = (lang: string) => LABELS[lang.toLowerCase().split('-')[0]] ?? LABELS.en;

function attendeeBox(attendees: Attendees | null, lang: string): string {
  if (!attendees || (!attendees.people.length && !attendees.groups.length)) return '';
  const l = labelsFor(lang);
  const people = attendees.people.map((p) => {
    const roles = p.roles.length ? `, ${escapeHtml(p.roles.join(', '))}` : '';
    const parts = p.parts.length ? ` <small>(${escapeHtml(p.parts.map((x) => l.parts[x] ?? x).join(', '))})</small>` : '';
    return `<li><strong>${escapeHtml(p.name)}</strong>${roles}${parts}</li>`;
  });
  const groups = attendees.groups.length ? `<p><strong>${escapeHtml(l.groups)}:</strong> ${escapeHtml(attendees.groups.join('; '))}</p>` : '';
  return `<aside class="attendees"><h2>${escapeHtml(l.heading)}</h2>${people.length ? `<ul>${people.join('')}</ul>` : ''}${groups}</aside>`;
}

export function toHtml(article: Article, ctx: ExportContext): string {
  // Markup is all escaped or allowlisted by then, so dropping controls from the whole page cannot form any.
  return stripControls(htmlPage(article, ctx));
}

function htmlPage(article: Article, ctx: ExportContext): string {
  const l = labelsFor(article.lang);
  const lang = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(article.lang) ? article.lang : 'und';
  const dir = article.dir === 'rtl' ? 'rtl' : 'ltr';
  const day = isoDay(article.published);
  const meta = [
    article.siteName && escapeHtml(article.siteName),
    article.byline && escapeHtml(article.byline),
    day && `<time datetime="${escapeHtml(day)}">${escapeHtml(day)}</time>`,
  ].filter(Boolean);
  const href = cleanUrl(article.url, null);
  const source = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(article.url)}</a>` : escapeHtml(article.url);
  const accessed = isoDay(ctx.accessedAt) ?? ctx.accessedAt;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${ctx.extractor.name} ${ctx.extractor.version}`)}">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(article.title)}</h1>
${article.standfirst ? `<p class="standfirst">${escapeHtml(article.standfirst)}</p>\n` : ''}${meta.length ? `<p class="meta">${meta.join(' · ')}</p>\n` : ''}<p class="source">${source} · ${escapeHtml(l.accessed)} <time datetime="${escapeHtml(ctx.accessedAt)}">${escapeHtml(accessed)}</time> · ${escapeHtml(l.via)} ${escapeHtml(`${ctx.extractor.name} ${ctx.extractor.version}`)}</p>
</header>
${attendeeBox(article.attendees, article.lang)}
<div class="content">
${safeHtml(article.html, article.url)}
</div>
</article>
</body>
</html>
`;
}
