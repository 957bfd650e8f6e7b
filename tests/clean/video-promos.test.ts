import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/video-promos';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, VI_PROSE, around, run } from './helpers';



describe('video-promos', () => {
  it('removes video promotions in the middle of the body, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', '<p><strong>WATCH:</strong> Mayor Okafor speaks after the council vote</p>', PROSE],
      ['en', '<div class="video-promo"><a href="/video/library-vote-explained-123"><img src="/t.jpg" alt=""><span>Video | The library vote in 90 seconds</span></a></div>', PROSE],
      ['en', '<figure class="inline-video"><img src="/thumb.jpg" alt="Council chamber"><figcaption>▶ Watch 2:31</figcaption></figure>', PROSE],
      ['en', '<p><a href="/videos">Watch the video</a></p>', PROSE],
      ['en', '<p>[VIDEO] <a href="/video/library-vote-explained-123">The library vote in 90 seconds</a></p>', PROSE],
      ['en', '<p><i>Watch the full interview below</i></p>', PROSE],
      ['de', '<p><b>Im Video:</b> So sieht die neue Bibliothek aus</p>', DE_PROSE],
      ['de', '<div class="embed-teaser">Video abspielen (2:45)</div>', DE_PROSE],
      ['fr', '<p>VIDÉO – <a href="/video/piscine-fermee-depuis-deux-ans">La piscine fermée depuis deux ans</a></p>', FR_PROSE],
      ['es', '<p><strong>Mire:</strong> <a href="/nota/mercado-central-incendio">Así quedó el mercado tras el incendio</a></p>', ES_PROSE],
      ['es', '<div class="video-relacionado"><span>Vídeo:</span> Los comerciantes vuelven al mercado</div>', ES_PROSE],
      ['vi', '<p><em>Xem video: Kè biển Bảo Ninh sau mùa mưa bão</em></p>', VI_PROSE],
    ];
    for (const [lang, promo, prose] of cases) {
      const r = run(rule, around(promo, prose), { lang });
      expect(r.removed.length, promo).toBe(1);
      expect(r.text, promo).toBe(prose.join(' '));
    }
  });

  it('keeps reporting that opens with the words, and a body that is nothing but a promo', () => {
    const kept = [
      '<p>Video footage showed the car leaving the parking lot shortly before midnight, police said.</p>',
      '<p>Watch: the council member said residents should keep an eye on the budget.</p>',
      '<p>Mira: el alcalde dijo que el mercado abrirá en primavera y que no habrá más retrasos.</p>',
      '<p>The video, watched more than two million times, shows the roof of the library collapsing into the reading room.</p>',
    ];
    for (const html of kept) expect(run(rule, around(html)).removed, html).toEqual([]);
    expect(run(rule, '<p>WATCH: Mayor speaks</p>').removed).toEqual([]);
    // On a listing (search results, a section page) "Video: <headline>" is one of the stories listed.
    expect(run(rule, around('<p>Video: Flycam over the new bridge</p>'), { isArticle: false }).removed).toEqual([]);
    expect(run(rule, around('<p>Video: Flycam over the new bridge</p>')).removed.length).toBe(1);
  });
});
