/** Small, realistic page builders for core unit tests. */
export const LOREM = [
  'The council spent most of the evening on the library budget, which has been cut three years in a row while visits rose by a third.',
  'Residents who spoke during public comment asked for longer opening hours on weekends and for the reading room to stay open in summer.',
  'The finance director said the repairs could be paid for from the capital reserve without raising the levy this year or the next.',
  'Several members said they wanted a written plan before the vote, and the chair agreed to put the item on the agenda in November.',
  'The branch, built in 1968, has a leaking roof and no lift, and the fire inspector has asked for a second staircase by next spring.',
  'Staff told the committee that the children’s section alone now lends more books than the whole branch did a decade ago.',
];

export function articlePage(opts: { jsonLd?: boolean; og?: boolean; title?: string; paragraphs?: string[] } = {}): string {
  const title = opts.title ?? 'Council backs repairs to the Riverside branch library';
  const paras = (opts.paragraphs ?? [...LOREM, ...LOREM.map((p) => p.replace('The ', 'Then the '))]).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Ledger</title>
${opts.og === false ? '' : `<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2024-10-09T10:00:00+00:00">`}
${opts.jsonLd === false ? '' : `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":{"@type":"Person","name":"Marcus Feld"},"datePublished":"2024-10-09T10:00:00Z"}</script>`}
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Marcus Feld</p>${paras}</article></main>
<footer><p>© The Ledger</p></footer></body></html>`;
}

export function homePage(): string {
  const teasers = Array.from({ length: 14 }, (_, i) =>
    `<article class="teaser"><h3><a href="/news/story-number-${i}-about-the-city">Story ${i}: the city does a thing that matters to readers</a></h3><p>A short summary of story ${i}, a sentence long, written to get the click from a reader.</p></article>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>The Ledger — local news</title><meta property="og:type" content="website"></head>
<body><header><h1>The Ledger</h1></header><main>${teasers}</main><nav class="pagination"><a rel="next" href="/page/2">Next</a></nav></body></html>`;
}
