import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/core/lang/guess-language';

// A page that declares no language gets the one its text is written in, so that the language's cues apply.
describe('guessLanguage', () => {
  it('reads Latin-script languages by their commonest words', () => {
    expect(guessLanguage('Die Stadt hat am Montag beschlossen, dass der neue Radweg nicht vor dem Sommer gebaut wird. Auch die Anwohner sind mit dem Plan nicht zufrieden, wie der Bürgermeister sagte.')).toBe('de');
    expect(guessLanguage('Le conseil municipal a voté mardi pour la construction de la piste cyclable. Les habitants sont inquiets et la maire a promis une réunion avec les commerçants du quartier.')).toBe('fr');
    expect(guessLanguage('El ayuntamiento aprobó el martes el nuevo carril bici, pero los vecinos se quejan de que las obras durarán más de un año y que nadie les preguntó por su opinión.')).toBe('es');
    expect(guessLanguage('Il consiglio comunale ha approvato la nuova pista ciclabile, ma gli abitanti della zona sono preoccupati per i lavori che dureranno più di un anno e per il traffico nel centro.')).toBe('it');
    expect(guessLanguage('De gemeenteraad heeft dinsdag het nieuwe fietspad goedgekeurd, maar de bewoners zijn niet blij met de plannen en willen een gesprek met de burgemeester over de werkzaamheden. Het plan wordt volgende week besproken.')).toBe('nl');
  });

  it('reads scripts: Vietnamese letters, kana, Han, Cyrillic', () => {
    expect(guessLanguage('Chiều 29-6, Thường trực Tỉnh ủy đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy.')).toBe('vi');
    expect(guessLanguage('東京都は月曜日、新しい自転車道の計画を発表した。住民からは反対の声も上がっている。')).toBe('ja');
    expect(guessLanguage('北京市政府周一宣布了新的自行车道建设计划，居民对此表示担忧。')).toBe('zh');
    expect(guessLanguage('Городской совет в понедельник одобрил строительство новой велосипедной дорожки.')).toBe('ru');
  });

  it('stays English for English text, short samples and a few shared words', () => {
    expect(guessLanguage('The city council voted on Tuesday to build the new bike lane, and residents said they were not consulted about the plan.')).toBe('en');
    expect(guessLanguage('Café de Paris')).toBe('en');
    expect(guessLanguage('')).toBe('en');
  });
});
