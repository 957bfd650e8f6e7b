import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/status-notices';
import { PROSE, VI_PROSE, run } from './helpers';

const around = (middle: string, prose = PROSE) => `<p>${prose[0]}</p><p>${prose[1]}</p>${middle}<p>${prose[2]}</p>`;

describe('status-notices', () => {
  it('removes loading placeholders and player notices in several sites\' styles', () => {
    const notices = [
      '<div class="media-placeholder"><p>Media playback is unsupported on your device</p></div>',
      '<figure><p>This video can not be played</p><p>To play this video you need to enable JavaScript in your browser.</p></figure>',
      '<div class="lazy">Loading…</div>',
      '<p><span class="spinner"></span>Loading video...</p>',
      '<video><p>Your browser does not support the video tag.</p></video>',
    ];
    for (const notice of notices) {
      const { text, removed } = run(rule, around(notice));
      expect(removed.length, notice).toBeGreaterThan(0);
      expect(text, notice).not.toMatch(/playback|can not be played|Loading|does not support/);
      for (const p of PROSE) expect(text).toContain(p);
    }
  });

  it('knows the notices of the page language', () => {
    for (const [lang, notice] of [
      ['de', '<div class="embed">Wird geladen …</div>'],
      ['de', '<p>Dieses Video kann nicht abgespielt werden.</p>'],
      ['fr', '<div class="player">Chargement en cours…</div>'],
      ['es', '<p>Cargando...</p>'],
      ['es', '<div>Este video no se puede reproducir</div>'],
      ['vi', '<div class="video">Đang tải video...</div>'],
    ] as const) {
      const { removed } = run(rule, around(notice, lang === 'vi' ? VI_PROSE : PROSE), { lang });
      expect(removed.length, notice).toBe(1);
    }
  });

  it('keeps reporting that uses the words, and a body that is nothing but a notice', () => {
    const reporting = '<p>Workers were loading trucks at the dock when the fire started, a spokesman said.</p><p>The video cannot be played in court, the judge ruled on Monday.</p>';
    expect(run(rule, around(reporting)).removed).toEqual([]);
    expect(run(rule, '<p>Loading…</p>').removed).toEqual([]);
  });

  it('removes a shop\'s cart confirmation left in the text, and keeps reporting about carts', () => {
    for (const [lang, notice] of [
      ['de', '<div class="modal-body"><p>Der Artikel wurde erfolgreich hinzugefügt.</p></div>'],
      ['de', '<p>Der Artikel wurde erfolgreich in den Warenkorb gelegt.</p>'],
      ['en', '<div class="notice">Item added to your cart</div>'],
      ['en', '<p>✓ This product has been added to your cart.</p>'],
      ['fr', '<div>Produit ajouté au panier avec succès</div>'],
      ['es', '<p>Producto añadido al carrito</p>'],
    ] as const) {
      const { removed } = run(rule, around(notice), { lang });
      expect(removed.length, notice).toBe(1);
    }
    const reporting = '<p>Shoppers added to their carts more than 40 million items in the first hour of the sale, the company said.</p>';
    expect(run(rule, around(reporting)).removed).toEqual([]);
  });
});
