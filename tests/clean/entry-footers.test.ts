import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/entry-footers';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, paras, run } from './helpers';

describe('entry-footers', () => {
  it('removes the blog theme\'s footer sentences under an entry, in several themes\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', `${paras(PROSE)}\n<footer class="entry-meta">This entry was posted in <a href="/c/news">News</a> and tagged <a href="/t/x">library</a>. Bookmark the <a href="/p/1">permalink</a>.</footer>`, PROSE],
      ['en', `${paras(PROSE)}\n<p class="postmetadata"><small>This entry was posted on Tuesday, March 3rd, 2015 at 9:12 am and is filed under <a href="/c">Town</a>. You can follow any responses to this entry through the <a href="/feed">RSS 2.0</a> feed. Both comments and pings are currently closed.</small></p>`, PROSE],
      // the theme left untranslated on a German blog
      ['de', `${paras(DE_PROSE)}\n<div class="entry-utility">This entry was posted in Allgemein. Bookmark the <a href="/p">permalink</a>.</div>`, DE_PROSE],
      ['de', `${paras(DE_PROSE)}\n<p><small>Der Beitrag wurde am Montag, den 4. Mai 2020 um 10:02 Uhr veröffentlicht und wurde unter <a href="/c">Stadt</a>, <a href="/c2">Kultur</a> abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den <a href="/f">RSS 2.0</a> Feed verfolgen. Kommentare sind derzeit geschlossen.</small></p>`, DE_PROSE],
      ['fr', `${paras(FR_PROSE)}\n<div class="entry-utility">Cette entrée a été publiée dans <a href="/c">Actualités</a>. Vous pouvez la mettre en favoris avec <a href="/p">ce permalien</a>.</div>`, FR_PROSE],
      ['es', `${paras(ES_PROSE)}\n<footer>Esta entrada fue publicada en <a href="/c">Noticias</a>. Guarda el <a href="/p">enlace permanente</a>.</footer>`, ES_PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps the same words inside the text, in code and quotes, and long paragraphs about them', () => {
    const kept = [
      // between the paragraphs of the text
      `<p>${PROSE[0]}</p>\n<p>This entry was posted in haste, the clerk admitted, and the figures were corrected later.</p>\n<p>${PROSE[1]}</p>\n<p>${PROSE[2]}</p>`,
      // a theme tutorial's code and a quoted footer after the text
      `${paras(PROSE)}\n<pre><code>printf( 'This entry was posted in %1$s. Bookmark the permalink.', $cats );</code></pre>`,
      `${paras(PROSE)}\n<blockquote>This entry was posted in Uncategorized. Bookmark the permalink.</blockquote>`,
      // a long paragraph after the text that discusses the footer
      `${paras(PROSE)}\n<p>Every default theme used to close a post with "This entry was posted in", followed by its categories and an invitation to bookmark the permalink; designers disliked it for years, because it repeated what the sidebar already said, it pushed the comments further down the page, it read like a clerk's stamp rather than a sentence anyone would write, and few readers ever followed the advice it gave, so many child themes removed it in their very first release, replacing it with a single line of category links or with nothing at all, which is what most magazines do today.</p>`,
      // a sentence that only looks alike
      `${paras(PROSE)}\n<p>The entry was posted in the mail on Friday.</p>`,
    ];
    for (const html of kept) expect(run(rule, html).removed, html).toEqual([]);
  });
});
