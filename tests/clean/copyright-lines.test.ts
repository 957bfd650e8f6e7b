import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/copyright-lines';
import { DE_PROSE, ES_PROSE, PROSE, paras, run } from './helpers';

const PL_PROSE = [
  'Rada miasta zatwierdziła we wtorek remont biblioteki miejskiej za cztery miliony złotych, kończąc długą debatę o budynku.',
  'Prace mają się rozpocząć w marcu i potrwać około czternastu miesięcy, a księgozbiór trafi w tym czasie do budynku zastępczego.',
];

describe('copyright-lines', () => {
  it('removes the site\'s copyright notice under the text, in several sites\' styles and languages', () => {
    const cases: [string, string, string[]][] = [
      ['en', `${paras(PROSE)}\n<p class="copyright">© 2020 CBS Interactive Inc. All Rights Reserved.</p>`, PROSE],
      ['en', `${paras(PROSE)}\n<div><small>Copyright 2022 Kellerton Courier</small></div>`, PROSE],
      ['en', `${paras(PROSE)}\n<p>Riverside branch, installation views, photos © Inexhibit, 2018</p>`, PROSE],
      ['en', `${paras(PROSE)}\n<p><em>This material may not be published, broadcast, rewritten or redistributed.</em></p>`, PROSE],
      ['de', `${paras(DE_PROSE)}\n<p>Alle Rechte vorbehalten.</p>`, DE_PROSE],
      ['pl', `${paras(PL_PROSE)}\n<div class="disclaimer">Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy. Kup licencję</div>`, PL_PROSE],
      ['es', `${paras(ES_PROSE)}\n<footer>2022 - Todos los derechos reservados.</footer>`, ES_PROSE],
      // a notice long enough to count as a paragraph by its length
      ['en', `${paras(PROSE)}\n<p>Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>`, PROSE],
    ];
    for (const [lang, html, prose] of cases) {
      const r = run(rule, html, { lang });
      expect(r.removed.length, html).toBe(1);
      expect(r.text, html).toBe(prose.join(' '));
    }
  });

  it('keeps notices that head a document, text about copyright, code, lists and notes inside the text', () => {
    const kept = [
      // a document's own copyright section above its text, and a title line signed with the year
      `<p>Copyright (c) 2014 IETF Trust and the persons identified as the document authors. All rights reserved.</p>\n${paras(PROSE)}`,
      `<p>linux usability ...or, why do I bother. © 2002, 2003 jwz</p>\n${paras(PROSE)}`,
      // a sign inside a sentence after the text
      `${paras(PROSE)}\n<p>This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned.</p>`,
      // reporting on copyright, after the text and between paragraphs
      `${paras(PROSE)}\n<p>The copyright case will be heard in May.</p>`,
      `<p>${PROSE[0]}</p>\n<p>© Kellerton Public Library</p>\n<p>${PROSE[1]}</p>\n<p>${PROSE[2]}</p>`,
      // code and list items after the text
      `${paras(PROSE)}\n<pre><code>// Copyright 2020 Acme. All rights reserved.</code></pre>`,
      `${paras(PROSE)}\n<ul><li>© 2019 Photo archive, used with permission</li><li>Map data</li></ul>`,
    ];
    for (const html of kept) expect(run(rule, html).removed, html).toEqual([]);
  });
});
