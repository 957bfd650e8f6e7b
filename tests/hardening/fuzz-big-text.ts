/**
 * Big adversarial inputs for the time tests (tests/hardening/time-*.test.ts) and `npm run fuzz -- --time`: each
 * generator makes an input of about n characters, so one shape can be timed at n and at 8n, or at 2 MB.
 * Attendee shapes are paragraphs for findAttendees; page shapes are whole HTML pages for extractArticle.
 */

export interface AttendeeShape {
  name: string;
  lang: 'en' | 'vi';
  make: (n: number) => { paragraphs: string[]; captions: string[] };
}

export interface PageShape {
  name: string;
  make: (n: number) => string;
}

/** `unit` repeated to about n characters (at least once). */
export const fill = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

/** Distinct units, generated until about n characters: `unit(i)` for i = 0, 1, 2 … */
export function fillWith(unit: (i: number) => string, n: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  return parts.join('');
}

/** A letter suffix unique to i ("a", "b", … "ba"), so that generated names are all different people. */
const letters = (i: number): string => {
  let s = '';
  let k = i;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  } while (k > 0);
  return s;
};

const EN_FIRST = ['Ann', 'Bob', 'Carla', 'Deepak', 'Elena', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jonas'];
const EN_LAST = ['Okafor', 'Greaves', 'Lindqvist', 'Moreau', 'Castillo', 'Brandt', 'Osei', 'Tanaka'];
const VI_SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const VI_GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Lan', 'Minh', 'Thảo'];

export const enName = (i: number): string => `${EN_FIRST[i % EN_FIRST.length]} ${EN_LAST[Math.floor(i / 10) % EN_LAST.length]}${letters(i)}`;
export const viName = (i: number): string =>
  `${VI_SURNAMES[i % VI_SURNAMES.length]} Văn ${VI_GIVEN[Math.floor(i / 8) % VI_GIVEN.length]}${letters(i)}`;

/** An event sentence, so the finder reads every sentence instead of stopping at "no event here". */
const EN_EVENT = 'Mayor Ann Okafor chaired the meeting.';
const VI_EVENT = 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.';

const en = (name: string, body: (n: number) => string): AttendeeShape => ({
  name, lang: 'en', make: (n) => ({ paragraphs: [EN_EVENT, body(n)], captions: [] }),
});
const vi = (name: string, body: (n: number) => string): AttendeeShape => ({
  name, lang: 'vi', make: (n) => ({ paragraphs: [VI_EVENT, body(n)], captions: [] }),
});

export const ATTENDEE_SHAPES: AttendeeShape[] = [
  // The issue's paragraph: a long word, then many candidate sentence ends after it.
  en('a long word, then thousands of full stops', (n) => `${'a'.repeat(n / 2)} ${fill('B. ', n / 2)}`),
  en('a long dotted word, then thousands of full stops', (n) => `${fill('a.', n / 2)} ${fill('Word. ', n / 2)}`),
  en('a run of full stops', (n) => `${'.'.repeat(n)}x attended.`),
  en('a run of mixed stops', (n) => `${fill('?!…', n)}x attended.`),
  en('stops then closing quotes', (n) => fill('.”)’ ', n)),
  en('initials', (n) => `${fill('A. ', n)}attended.`),
  en('abbreviations', (n) => `${fill('Dr. Sen. Gov. U.S. ', n)}attended.`),
  en('thousands of event sentences', (n) => fillWith((i) => `Councilmember ${enName(i)} attended the meeting. `, n)),
  en('thousands of names in one sentence', (n) => `Attending were ${fillWith((i) => `${enName(i)}, `, n)}and Bob Okafor.`),
  en('thousands of names with roles', (n) => `Present were ${fillWith((i) => `Dr. ${enName(i)}, director of the Library, `, n)}and others.`),
  en('one name, thousands of short references', (n) => `Bob Okafor attended. ${fill('Okafor said. ', n)}`),
  en('thousands of speakers quoted', (n) => fillWith((i) => `“We agree,” said Mayor ${enName(i)}. `, n)),
  en('thousands of lead clauses', (n) => `${fill('Speaking at the meeting, ', n)}Mayor Ann Okafor said.`),
  en('one capitalised run before a title', (n) => `${fill('Word ', n)}Mayor Ann Okafor attended.`),
  en('names joined by dashes', (n) => `${fillWith((i) => `${enName(i)} - `, n)}attended.`),
  en('names joined by "and"', (n) => `${fillWith((i) => `${enName(i)} and `, n)}Ann Okafor attended.`),
  en('unclosed parentheses', (n) => `Ann Okafor ${fill('(', n)} attended.`),
  en('parenthesised asides', (n) => `Ann Okafor ${fill('(a) ', n)}attended.`),
  en('runs of commas and semicolons', (n) => `Ann Okafor${fill(', ;', n)} attended.`),
  en('roles standing for people', (n) => `Mayor Ann Okafor attended. ${fill('The mayor said. ', n)}`),
  en('one long word', (n) => `${'x'.repeat(n)} attended.`),
  en('capitalised words without spaces between sentences', (n) => fill('Aa.Bb.Cc. ', n)),
  {
    name: 'captions with credits', lang: 'en',
    make: (n) => ({ paragraphs: [EN_EVENT], captions: [`${fill('Ann Okafor ', n / 2)}${fill('/', n / 4)}`, `${fill('A', n)} (Photo`] }),
  },
  vi('the issue in Vietnamese: a long word, then thousands of "TP."', (n) => `${'đ'.repeat(n / 2)} ${fill('TP. Sóc Trăng. ', n / 2)}`),
  vi('a Vietnamese list of thousands of people', (n) =>
    `Dự hội nghị có các đồng chí: ${fillWith((i) => `${viName(i)}, Phó Chủ tịch UBND tỉnh; `, n)}đại diện các sở.`),
  vi('thousands of Vietnamese chairs', (n) => fillWith((i) => `Đồng chí ${viName(i)}, Chủ tịch UBND huyện chủ trì hội nghị. `, n)),
  vi('Vietnamese names joined by "và"', (n) => `${fillWith((i) => `${viName(i)} và `, n)}Lê Văn Cường dự hội nghị.`),
  vi('Vietnamese roles standing for people', (n) => fill('Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị. ', n)),
  vi('Vietnamese lead clauses', (n) => `${fill('Phát biểu tại hội nghị, ', n)}đồng chí Nguyễn Văn An nhấn mạnh.`),
  vi('Vietnamese groups', (n) => `Dự hội nghị có ${fill('lãnh đạo Sở Y tế, Sở Giáo dục và Đào tạo, ', n)}các huyện.`),
  vi('decomposed diacritics', (n) => fill('Nguye\u0302\u0303n Va\u0306n An chu\u0309 tri\u0300. ', n)),
  vi('honorifics then spaces', (n) => `${fill('đồng chí ', n)}Nguyễn Văn An dự.`),
];

const page = (body: string, head = '<title>A page</title>', lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const PROSE = 'The council spent the evening on the library budget, which was cut three years in a row while visits rose. ';
const article = (inner: string, n: number): string =>
  `<article><h1>A page</h1><p class="byline">By Ann Okafor</p>${inner}${fill(`<p>${PROSE}</p>`, Math.min(n / 4, 4000))}</article>`;

export const PAGE_SHAPES: PageShape[] = [
  { name: 'one huge paragraph of prose', make: (n) => page(article(`<p>${fill(PROSE, n)}</p>`, n)) },
  ...ATTENDEE_SHAPES.filter((_, i) => i % 3 === 0).map((s): PageShape => ({
    name: `one huge paragraph: ${s.name}`,
    make: (n) => page(article(s.make(n).paragraphs.map((p) => `<p>${p}</p>`).join(''), n), '<title>A page</title>', s.lang),
  })),
  { name: 'runs of punctuation', make: (n) => page(article(['.', '!?', '…', ',', '-', '|', '/', '·'].map((c) => `<p>${fill(c, n / 8)}</p>`).join(''), n)) },
  { name: 'thousands of sentences', make: (n) => page(article(`<p>${fillWith((i) => `Sentence ${i} ends here. `, n)}</p>`, n)) },
  { name: 'thousands of paragraphs of names', make: (n) => page(article(fillWith((i) => `<p>Mayor ${enName(i)} attended the hearing.</p>`, n), n)) },
  // Lists nested 64 deep (128 levels of elements), over and over: the page grows by more of them, which must stay
  // linear. (Readability's own cost grows with the cube of the nesting depth; the depth is bounded by MAX_DEPTH.)
  {
    name: 'deep lists',
    make: (n) => page(article(fill(`${'<ul><li>item '.repeat(64)}${'</li></ul>'.repeat(64)}`, n), n)),
  },
  {
    name: 'hostile title, byline and description',
    make: (n) => page(article('', n), `<title>${fill(' ', n / 4)}x${fill(' | ', n / 4)}</title><meta name="author" content="${fill('Ann, ', n / 4)}"><meta name="description" content="${fill('a - ', n / 4)}">`),
  },
  {
    name: 'bait for every cleaning rule',
    make: (n) => page(article(fill([
      '<p>Related: <a href="/a">A story</a></p>', '<p>Share this: Facebook Twitter</p>', '<p>{{comment.body}} ${x}</p>',
      '<p>Updated 12:30 PM, Monday, October 9, 2024</p>', '<p>123 Main Street, Springfield, IL 62701.,;:)</p>',
      '<figure><img src="a.jpg"><figcaption>A caption (Photo: Ann Okafor/The Ledger)</figcaption></figure>',
      '<p>Sign up for our newsletter</p>', '<p>Advertisement</p>', '<p>READ MORE: a-b-c-d-e-f-g-h</p>',
      '<div class="share"><a href="#">Share</a></div>', '<p>Ann Okafor is a reporter who writes about cities.</p>',
      '<p>(Ledger) - The council met.</p>', '<p>Tags: a, b, c</p>', '<p>Photo 1 of 20</p>',
    ].join(''), n), n)),
  },
  { name: 'unclosed templates and braces', make: (n) => page(article(`<p>${fill('{{', n / 3)}</p><p>${fill('${', n / 3)}</p><p>${fill('{% ', n / 3)}</p>`, n)) },
  { name: 'long words', make: (n) => page(article(`<p>${'x'.repeat(n / 2)}</p><p>${fill('a-b_', n / 2)}</p>`, n)) },
  {
    name: 'Vietnamese, composed and decomposed',
    make: (n) => page(article(`<p>${fill('Đồng chí Nguyễn Văn An chủ trì hội nghị. ', n / 2)}</p><p>${fill('Nguye\u0302\u0303n chu\u0309 tri\u0300. ', n / 2)}</p>`, n), '<title>Hội nghị</title>', 'vi'),
  },
  { name: 'thousands of links', make: (n) => page(article(`<p>${fillWith((i) => `<a href="/p/${i}">link ${i}</a> · `, n)}</p>`, n)) },
];
