import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/related-teasers';
import { DE_PROSE, ES_PROSE, PROSE, VI_PROSE, around, run } from './helpers';


const URL = 'https://news.example/2024/03/council-approves-library-renovation';

describe('related-teasers', () => {
  it('removes a teaser with its one-line summary inside the body, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', '<div class="related-inline"><h4><a href="/2024/02/library-roof-leaks-again">Library roof leaks again after storm</a></h4><p>Staff moved 3,000 books after Sunday\'s storm.</p></div>', PROSE],
      ['en', '<aside class="story-card"><a href="https://www.news.example/local/elm-avenue-site-chosen-9912345"><img src="/t.jpg" alt=""></a><div><a href="https://www.news.example/local/elm-avenue-site-chosen-9912345">Elm Avenue site chosen for temporary library</a><br>The old post office will house the collection.</div></aside>', PROSE],
      ['de', '<div class="teaser"><span class="label">Lesen Sie auch</span><strong><a href="/lokales/turnhalle-seit-jahren-marode">Turnhalle seit Jahren marode</a></strong><p>Vereine trainieren im Nachbarort.</p></div>', DE_PROSE],
      ['es', '<section class="relacionada"><h3><a href="/nota/incendio-en-el-mercado-central">Incendio en el mercado central deja cuantiosos daños</a></h3>Los bomberos trabajaron durante seis horas.</section>', ES_PROSE],
      ['vi', '<table class="tlq"><tr><td><a href="/thoi-su/ke-bien-bao-ninh-xuong-cap-123456.html">Kè biển Bảo Ninh xuống cấp nghiêm trọng</a><p>Nhiều đoạn kè bị sóng đánh sập sau bão.</p></td></tr></table>', VI_PROSE],
    ];
    for (const [lang, teaser, prose] of cases) {
      const r = run(rule, around(teaser, prose), { lang, url: URL });
      expect(r.removed.length, teaser).toBe(1);
      expect(r.text, teaser).toBe(prose.join(' '));
    }
  });

  it('keeps sources, sentences with links, sections with a long text and a listicle of linked items', () => {
    const kept = [
      '<div class="source"><a href="https://journal.example/articles/library-use-study-2023">A study of library use in small towns</a><p>Published in 2023 by the Journal of Civic Life.</p></div>',
      '<div><p><a href="/2024/02/library-roof-leaks-again">The roof leaked again</a> last month, when staff had to move 3,000 books after a storm.</p></div>',
      `<section><h3><a href="/2024/02/library-roof-leaks-again">Library roof leaks again after storm</a></h3><p>${PROSE[0]} ${PROSE[1]}</p></section>`,
      ['north-branch-reading-room', 'south-branch-garden-cafe', 'east-branch-maker-space'].map((slug) => `<div><h4><a href="/places/${slug}">The ${slug.replace(/-/g, ' ')}</a></h4><p>Open every day but Monday.</p></div>`).join('\n'),
    ];
    for (const html of kept) expect(run(rule, around(html), { url: URL }).removed, html).toEqual([]);
  });
});
