import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitOptionsFor } from '../../src/core/index';

const split = (text: string, lang: string) => sentenceSpans(text, splitOptionsFor(lang)).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits English prose and keeps titles, initials, dotted abbreviations and numbers inside their sentence', () => {
    expect(split('Mr. Smith met Dr. J. R. Jones at 9 a.m. on Jan. 5. They talked for 2.5 hours! Was it enough? Nobody knows.', 'en')).toEqual([
      'Mr. Smith met Dr. J. R. Jones at 9 a.m. on Jan. 5.',
      'They talked for 2.5 hours!',
      'Was it enough?',
      'Nobody knows.',
    ]);
    expect(split('He said "Stop." Then he left… And that was that.', 'en')).toEqual(['He said "Stop."', 'Then he left…', 'And that was that.']);
    // Lower case after a stop is no new sentence ("e.g. the"); a lower-case word that is not an abbreviation ends one.
    expect(split('Bring fruit, e.g. apples. I said no. Then I went home.', 'en')).toEqual(['Bring fruit, e.g. apples.', 'I said no.', 'Then I went home.']);
    expect(split('See example.com for details. Version 3.5 is out.', 'en')).toEqual(['See example.com for details.', 'Version 3.5 is out.']);
  });

  it('keeps Vietnamese titles and places ("TP.", "PGS.TS.", "ThS.") inside the sentence', () => {
    expect(
      split('Sáng 6/12, PGS.TS. Nguyễn Văn A làm việc tại TP. Sóc Trăng. Ông cho biết dịch đã giảm! ThS. Lê Thị B cũng có mặt. Q. Ninh Kiều đông vui.', 'vi'),
    ).toEqual([
      'Sáng 6/12, PGS.TS. Nguyễn Văn A làm việc tại TP. Sóc Trăng.',
      'Ông cho biết dịch đã giảm!',
      'ThS. Lê Thị B cũng có mặt.',
      'Q. Ninh Kiều đông vui.',
    ]);
    // Vietnamese pages mix in English titles too.
    expect(split('Ông Mr. Brown đến Hà Nội. Chuyến đi kéo dài ba ngày.', 'vi')).toEqual(['Ông Mr. Brown đến Hà Nội.', 'Chuyến đi kéo dài ba ngày.']);
  });

  it('reads the other languages of src/core/lang with their own abbreviations', () => {
    expect(split('Am 3. Oktober sprach Prof. Dr. Weber, z.B. über Nr. 7. Danach gab es Kaffee.', 'de')).toEqual([
      'Am 3. Oktober sprach Prof. Dr. Weber, z.B. über Nr. 7.',
      'Danach gab es Kaffee.',
    ]);
    expect(split('M. Dupont et Mme Martin sont arrivés. « Bonjour ! » dit-il. Ils sont partis.', 'fr')).toEqual([
      'M. Dupont et Mme Martin sont arrivés.',
      '« Bonjour ! » dit-il.',
      'Ils sont partis.',
    ]);
    expect(split('La Sra. García viajó a EE.UU. en mayo. ¿Volverá pronto? ¡Claro que sí!', 'es')).toEqual([
      'La Sra. García viajó a EE.UU. en mayo.',
      '¿Volverá pronto?',
      '¡Claro que sí!',
    ]);
    expect(split('Il Dott. Rossi è arrivato. Poi è partito.', 'it')).toEqual(['Il Dott. Rossi è arrivato.', 'Poi è partito.']);
    expect(split('O Sr. Silva chegou. Depois saiu.', 'pt')).toEqual(['O Sr. Silva chegou.', 'Depois saiu.']);
    expect(split('De heer dr. Jansen kwam, o.a. met Piet. Daarna ging hij weg.', 'nl')).toEqual(['De heer dr. Jansen kwam, o.a. met Piet.', 'Daarna ging hij weg.']);
    expect(split('Mieszka przy ul. Długiej, m.in. z prof. Nowakiem. Np. wczoraj padało. To koniec.', 'pl')).toEqual([
      'Mieszka przy ul. Długiej, m.in. z prof. Nowakiem.',
      'Np. wczoraj padało.',
      'To koniec.',
    ]);
    expect(split('А. С. Пушкин родился в 1799 г. В Москве. Он писал стихи, т.е. был поэтом. Всё.', 'ru')).toEqual([
      'А. С. Пушкин родился в 1799 г. В Москве.',
      'Он писал стихи, т.е. был поэтом.',
      'Всё.',
    ]);
    expect(split('今天天气很好。我们去公园吧！你去吗？好。', 'zh')).toEqual(['今天天气很好。', '我们去公园吧！', '你去吗？', '好。']);
    expect(split('「行きます。」と彼は言った。雨でした。', 'ja')).toEqual(['「行きます。」', 'と彼は言った。', '雨でした。']);
  });

  it('ends a sentence at a line break, and gives offsets into the text as it is', () => {
    const text = '  First line\nSecond line.  Third.  ';
    const spans = sentenceSpans(text, splitOptionsFor('en'));
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['First line', 'Second line.', 'Third.']);
    expect(spans[0]).toEqual({ start: 2, end: 12 });
    expect(sentenceSpans('   ', splitOptionsFor('en'))).toEqual([]);
    expect(split('No stop at the end', 'en')).toEqual(['No stop at the end']);
  });

  it('stays linear on long runs of marks and dotted words', () => {
    const text = `${'a.'.repeat(50_000)} ${'.'.repeat(50_000)} ${'Mr. '.repeat(20_000)}End.`;
    const t0 = performance.now();
    const spans = sentenceSpans(text, splitOptionsFor('en'));
    expect(spans.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
