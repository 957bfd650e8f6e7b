/**
 * Small pages of our own, in several sites' styles and languages, where Readability's pick stops short of the
 * article's own prose in a neighbouring container, and look-alikes (related links, comments) that must stay out.
 */
const paras = (list: readonly string[]): string => list.map((p) => `<p>${p}</p>`).join('\n');

const head = (lang: string, title: string): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"><meta property="og:title" content="${title}"></head>`;

export const DE_FIRST = [
  'Die Gemeinde hat am Dienstagabend beschlossen, das alte Hallenbad an der Schulstraße bis zum Herbst nächsten Jahres zu sanieren.',
  'Nach Angaben der Verwaltung kostet die Sanierung rund 4,2 Millionen Euro, von denen das Land etwa die Hälfte übernehmen will.',
  'Vor allem das Dach und die Lüftungsanlage seien marode, sagte der Bürgermeister in der Sitzung vor rund sechzig Zuhörern.',
  'Die Schwimmvereine müssen während der Bauzeit in das Nachbarbad ausweichen, wo ihnen die Gemeinde zusätzliche Bahnen mietet.',
  'Auch der Schulsport soll in dieser Zeit im Nachbarbad stattfinden; die Busse dorthin bezahlt nach dem Beschluss die Gemeinde.',
  'Das Hallenbad war 1972 eröffnet worden und ist seitdem nur einmal, Mitte der neunziger Jahre, grundlegend renoviert worden.',
];
export const DE_SECOND = [
  'Kritik kam von der Opposition, die einen Neubau am Sportzentrum für wirtschaftlicher hält als die Sanierung des alten Gebäudes.',
  'Der Bürgermeister hielt dagegen, dass ein Neubau frühestens in fünf Jahren fertig wäre und die Vereine so lange kein Bad hätten.',
];

/** A page builder's rows: the text in two rows, an advertisement row between them (German). */
export function builderRowsPage(): string {
  const row = (inner: string) => `<div class="row-wrap"><div class="column"><div class="column-inner"><div class="text-module"><div class="text-wrapper">${inner}</div></div></div></div></div>`;
  return `${head('de', 'Hallenbad wird saniert')}<body><header class="site-header"><a href="/">Startseite</a> <a href="/lokales">Lokales</a></header>
<div class="post-main"><h1>Hallenbad wird saniert</h1>
${row(paras(DE_FIRST))}
<div class="row-wrap"><div class="column"><div class="ad-container"><span>Anzeige</span><img src="/ad.png" width="300" height="250"></div></div></div>
${row(paras(DE_SECOND))}
</div><footer class="site-footer"><p>© Lokalzeitung</p></footer></body></html>`;
}

export const EN_FIRST = [
  'The harbour authority said on Friday that the old ferry terminal will close for good at the end of March, after sixty years of service.',
  'Passengers will use a temporary pontoon at the north quay until the new terminal opens, which the authority now expects in late autumn.',
  'The move follows a survey last year that found the terminal’s foundations had been weakened by decades of tidal scouring and storms.',
  'Engineers had warned as early as 2019 that the pier beneath the waiting room could not carry the weight of a full summer crowd.',
  'Since then the upper deck has been closed and ferries have been loading from the lower ramp only, which has caused long queues.',
];
export const EN_SECOND = [
  'Local businesses near the old terminal say they fear losing trade while the pontoon is in use, since it sits on the far side of the bay.',
  'Councillors are due to discuss the plans again next month, when the authority will present the final design of the new building.',
];
export const EN_RELATED = [
  'Ferry fares to rise by five per cent from April',
  'Harbour dredging work to begin next week',
  'New lifeboat station opens on the north quay',
  'Storm damage closes coastal path for the winter',
];

/** A news page whose story continues in a second body block after an inline figure, then a related-links box (English). */
export function continuedStoryPage(): string {
  const part = (inner: string) => `<div class="c-block"><div class="c-block__inner"><div class="c-rte"><div class="c-rte__wrap">${inner}</div></div></div></div>`;
  const related = EN_RELATED.map((t, i) => `<li><a href="/news/local-${i}">${t}</a></li>`).join('');
  return `${head('en', 'Old ferry terminal to close in March')}<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><div class="l-grid"><h1>Old ferry terminal to close in March</h1>
${part(paras(EN_FIRST))}
<figure class="inline-media"><img src="/terminal.jpg" alt=""><figcaption>The terminal in 1964.</figcaption></figure>
${part(paras(EN_SECOND))}
<div class="story-more"><h3>More on this story</h3><ul class="link-list">${related}</ul></div>
</div></main><footer><p>© The Coast Courier</p></footer></body></html>`;
}

export const FR_LEAD = 'La ville lance un plan de trois ans pour planter dix mille arbres dans les quartiers les plus chauds, où les températures dépassent souvent celles du centre.';
export const FR_BODY = [
  'Le programme a été présenté jeudi par l’adjointe chargée de l’environnement, qui a rappelé les records de chaleur de l’été dernier.',
  'Les premiers arbres seront plantés dès novembre le long des boulevards du sud, puis dans les cours d’écoles au printemps prochain.',
  'Chaque quartier choisira une partie des essences lors de réunions publiques organisées par les conseils de quartier en octobre.',
  'Le budget total atteint huit millions d’euros, dont une partie provient d’un fonds européen consacré à l’adaptation au climat.',
  'Les habitants pourront aussi demander un arbre devant leur immeuble en remplissant un formulaire sur le site de la mairie.',
];

/** A standfirst printed in the article's header, apart from the body Readability picks (French). */
export function headerLeadPage(): string {
  return `${head('fr', 'Dix mille arbres contre la chaleur')}<body><div class="layout"><div class="l-col">
<div class="l-head"><div class="titles"><h1>Dix mille arbres contre la chaleur</h1><div class="intro"><p class="chapo">${FR_LEAD}</p></div></div></div>
<div class="bloc"><div class="bloc-wrap"><div class="bloc-inner"><div class="bloc-txt">${paras(FR_BODY)}</div></div></div></div>
</div></div></body></html>`;
}

export const ES_BODY = [
  'El ayuntamiento aprobó este martes el nuevo reglamento de terrazas, que limita su horario a la medianoche entre semana en todo el centro.',
  'La norma obliga además a dejar libre un paso de al menos dos metros en las aceras, algo que muchos locales no cumplen en la actualidad.',
  'Los hosteleros critican que el texto se haya aprobado sin negociar con ellos y anuncian que presentarán alegaciones en los próximos días.',
  'El reglamento prevé multas de hasta tres mil euros para los locales que ocupen más espacio del autorizado o incumplan el horario.',
  'La concejala de Urbanismo defendió que la norma busca un equilibrio entre el descanso de los vecinos y la actividad de los negocios.',
];
export const ES_TEASERS = [
  'Los vecinos del centro piden más control del ruido nocturno en verano',
  'La hostelería recupera el empleo perdido durante los últimos dos años',
  'El pleno aprueba el presupuesto municipal con los votos del gobierno',
];
export const ES_AFTER = 'Este texto de promoción con frases completas habla de otra noticia del mismo periódico y no forma parte del artículo que se está leyendo ahora.';

/** Related stories as a sibling block of links after the article, then a promoted summary (Spanish). */
export function relatedListPage(): string {
  const items = ES_TEASERS.map((t, i) => `<li><a href="/noticias/${i}">${t}</a></li>`).join('');
  return `${head('es', 'Nuevo reglamento de terrazas')}<body><div class="main"><div class="col-principal">
<div class="cuerpo"><div class="cuerpo-inner"><div class="texto">${paras(ES_BODY)}</div></div></div>
<div class="noticias-relacionadas"><h4>Noticias relacionadas</h4><ul>${items}</ul></div>
<div class="bloque-promo"><div class="bloque-inner"><p>${ES_AFTER}</p></div></div>
</div></div></body></html>`;
}

export const EN_POST = [
  'I finally got round to repotting the lemon tree this weekend, and it turned out the roots had wrapped themselves twice around the pot.',
  'The trick, according to the nursery, is to tease the outer roots loose with a fork and cut back anything that looks brown or mushy.',
  'I used a mix of compost and grit, about three to one, and gave it a long soak before putting it back in its sunny spot by the door.',
  'For the first fortnight it sulked and dropped a handful of leaves, which the nursery had warned me about, so I left it alone.',
  'Now there are new shoots along every branch and even a few flower buds, which smell wonderful when the sun is on them.',
];
export const EN_COMMENTS = [
  'Thanks for this! Mine has been dropping leaves all winter and I never thought to check the roots, I will try it this weekend.',
  'We did the same last spring and it flowered twice in the summer, so I think you will be very pleased with how it comes back.',
  'Did you feed it afterwards? Ours went yellow for a month until we gave it a citrus feed, and then it recovered completely.',
];

/** A blog post followed by its comment section, a sibling of the post (English). */
export function commentsPage(): string {
  const comments = EN_COMMENTS.map((c, i) => `<div class="comment"><div class="comment-author">Reader ${i + 1}</div><div class="comment-content"><p>${c}</p></div></div>`).join('');
  return `${head('en', 'Repotting the lemon tree')}<body><div id="page"><div class="site-content">
<article class="post"><h1>Repotting the lemon tree</h1><div class="entry-content">${paras(EN_POST)}</div></article>
<div id="comments" class="comments-area"><h2>3 thoughts on “Repotting the lemon tree”</h2><div class="comment-list">${comments}</div></div>
</div></div></body></html>`;
}

export const JA_FIRST = [
  '市は来年の春から、駅前の広場を歩行者だけが通れる場所にすると発表しました。車やバイクは朝の六時から夜の十時まで入ることができなくなります。',
  '広場の周りにある店の人たちは、客が増えると期待しています。一方で、荷物を運ぶ車をどこに止めるかが問題になっています。',
  '広場では、週末に市場やコンサートなどのイベントを開く計画もあります。市はベンチや木も増やしたいと考えています。',
  '工事は来年の一月に始まって、三月の終わりまでに終わる予定です。工事の間は、広場の半分を通ることができません。',
  '駅を使う人は一日におよそ五万人で、広場を通って駅に行く人が多いです。これまで車と人がぶつかりそうになることがありました。',
];
export const JA_SECOND = [
  '市は、荷物を運ぶ車のために、広場の北側に新しい駐車場を作ることにしました。駐車場は三十台の車を止めることができます。',
  '市の担当者は「多くの人が安心して歩ける町にしたい」と話しています。市は秋までに住民への説明会を開く予定です。',
];

/** Easy-news style: the second half of the story in its own block after a picture block (Japanese). */
export function splitBodyJaPage(): string {
  return `${head('ja', '駅前の広場 歩行者だけに')}<body><div class="wrap"><div class="l-main">
<div class="module-a"><div class="module-a__wrap"><div class="module-a__in">${paras(JA_FIRST)}</div></div></div>
<div class="module-p"><div class="photo"><img src="/p.jpg" alt=""><span class="credit">写真：市役所</span></div></div>
<div class="module-a"><div class="module-a__wrap"><div class="module-a__in">${paras(JA_SECOND)}</div></div></div>
</div></div></body></html>`;
}
