import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/extract';
import { fallbackContent, jsonLdArticleBody } from '../../src/core/fallback/fallback-content';
import { largestTextBlock } from '../../src/core/fallback/largest-text-block';

const doc = (html: string) => parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).document as unknown as Document;
const paras = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join('');

// Our own texts, in the styles of a German city paper, a Spanish regional site and an English blog.
const DE = [
  'Die Stadtwerke erhöhen zum ersten Januar die Preise für Fernwärme um durchschnittlich neun Prozent, wie das Unternehmen am Montag mitteilte.',
  'Grund seien die gestiegenen Kosten für Erdgas, das in den beiden Heizkraftwerken an der Hafenstraße verbrannt wird.',
  'Haushalte mit geringem Einkommen können bei der Stadt einen Zuschuss beantragen; die Anträge liegen im Bürgerbüro aus.',
  'Der Verbraucherverband kritisierte die Erhöhung als zu hoch und forderte eine Offenlegung der Kalkulation der Stadtwerke.',
  'Die Stadtwerke verwiesen auf die Preisaufsicht des Landes, die die neuen Tarife bereits im November genehmigt habe.',
];
const ES = [
  'El gobierno regional anunció este lunes la ampliación del servicio de autobuses nocturnos a los cinco municipios del área metropolitana.',
  'La medida, que entrará en vigor en marzo, responde a una petición de los ayuntamientos y de las asociaciones de vecinos de la zona.',
  'Según la consejera de Transportes, las nuevas líneas costarán unos dos millones de euros al año y se financiarán con fondos propios.',
  'Los autobuses saldrán cada media hora desde la estación central entre la medianoche y las seis de la mañana, también los festivos.',
];
const ES_MORE = [
  'Las asociaciones de vecinos celebraron el anuncio, aunque recordaron que llevan más de diez años reclamando un servicio nocturno estable.',
  'La oposición pidió que el plan incluya también a los pueblos de la sierra, que hoy no tienen ningún autobús después de las diez de la noche.',
  'El gobierno respondió que estudiará una segunda fase para el año próximo, una vez conocidos los datos de uso de las primeras líneas.',
];
const COMMENTS = Array.from({ length: 8 }, (_, i) => `Reader ${i + 1}: I have lived here for twenty years and the buses have never once been on time at night, so I will believe this when I see it running.`);

describe('largestTextBlock', () => {
  it('finds the element whose own paragraphs hold the most unlinked text', () => {
    const d = doc(`<nav><p><a href="/a">Politik</a> <a href="/b">Wirtschaft und Finanzen</a> <a href="/c">Sport und Freizeit</a></p></nav>
      <div class="story">${paras(DE)}</div><aside>${paras(['Ein kurzer Hinweis auf die Öffnungszeiten des Bürgerbüros am Markt.'])}</aside>`);
    const block = largestTextBlock(d, ['comment']);
    expect(block?.element.className).toBe('story');
    expect(block?.paragraphs).toEqual(DE);
  });

  it('never counts a comment box, however long, nor a paragraph holding a script', () => {
    const d = doc(`<div class="entry">${paras(ES.slice(0, 2))}</div><div id="comments"><div class="comment-list">${paras(COMMENTS)}</div></div>
      <div class="ad"><p>${'x'.repeat(900)}<script>var slot = 1;</script></p></div>`);
    expect(largestTextBlock(d, ['comment'])?.element.className).toBe('entry');
  });
});

describe('fallbackContent', () => {
  it('replaces a pick far shorter than the page’s main text', () => {
    const d = doc(`<div class="credit"><p>Foto: Archiv der Stadtwerke, alle Rechte vorbehalten.</p></div><div class="story">${paras(DE)}</div>`);
    const pick = d.querySelector('.credit')!;
    const fb = fallbackContent(d, pick, (pick.textContent ?? '').trim(), largestTextBlock(d, []), '');
    expect(fb?.guess.source).toBe('text-block');
    for (const p of DE) expect(fb?.content.textContent).toContain(p);
  });

  it('replaces a pick that holds none of a much longer block (a disclosure box chosen over the story)', () => {
    const d = doc(`<div class="disclosure"><p>${'Some links on this page earn us a commission, which may affect which products appear. '.repeat(4)}</p></div><div class="story">${paras([...ES, ...ES_MORE])}</div>`);
    const block = largestTextBlock(d, [])!;
    const pick = d.querySelector('.disclosure')!;
    const fb = fallbackContent(d, pick, (pick.textContent ?? '').trim(), block, '');
    expect(fb?.guess).toEqual({ source: 'text-block', readabilityChars: (pick.textContent ?? '').trim().length });
    expect(fb?.content.textContent).toContain(ES[3]);
  });

  it('keeps Readability’s pick when it holds the block, or when the block is short', () => {
    const d = doc(`<article><div class="story">${paras(DE)}</div></article>`);
    const block = largestTextBlock(d, [])!;
    const article = d.querySelector('article')!;
    expect(fallbackContent(d, article, article.textContent ?? '', block, '')).toBeNull();
    const short = doc(`<div>${paras(DE.slice(0, 2))}</div>`);
    expect(fallbackContent(short, null, '', largestTextBlock(short, []), '')).toBeNull();
  });

  it('reads JSON-LD articleBody only from an article node', () => {
    expect(jsonLdArticleBody([{ '@type': 'WebPage', articleBody: 'no' }, { '@type': 'NewsArticle', articleBody: ' yes ' }])).toBe('yes');
    expect(jsonLdArticleBody([{ '@type': 'Product', articleBody: 'no' }])).toBe('');
  });
});

describe('extractArticle falls back instead of giving up', () => {
  it('shows the JSON-LD articleBody, marked as a guess, when the page body is a loading shell', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Fernwärme wird teurer', articleBody: DE.join('\n\n') });
    const html = `<!doctype html><html lang="de"><head><title>Fernwärme wird teurer</title><script type="application/ld+json">${ld}</script></head>
      <body><header><a href="/">Start</a></header><div id="app"><p>Wird geladen …</p></div></body></html>`;
    const a = extractArticle(parseHTML(html).document as unknown as Document, 'https://stadtblatt.example/fernwaerme', { html: false });
    expect(a.guess?.source).toBe('json-ld');
    expect(a.paragraphs).toEqual(DE);
  });

  it('adds no guess to an article Readability reads', () => {
    const html = `<!doctype html><html lang="es"><head><title>Autobuses nocturnos</title></head><body><article><h1>Autobuses nocturnos</h1>${paras(ES)}</article></body></html>`;
    const a = extractArticle(parseHTML(html).document as unknown as Document, 'https://diario.example/autobuses', { html: false });
    expect(a.guess).toBeUndefined();
    expect('guess' in a).toBe(false);
    for (const p of ES) expect(a.text).toContain(p);
  });
});
