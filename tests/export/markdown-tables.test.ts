/** Tables of several sites' styles, through extraction (linkedom + the Node sanitiser) to the reader's HTML and Markdown. */
import { describe, expect, it } from 'vitest';
import { markdownBody } from '../../src/core/export/markdown';
import { extractFromHtml } from '../../src/node/index';
import { PROSE } from '../clean/helpers';

const page = (table: string) =>
  `<!doctype html><html><head><title>Branch opening hours</title></head><body><main><article><h1>Branch opening hours</h1><p>${PROSE[0]}</p>${table}<p>${PROSE[1]} ${PROSE[2]}</p></article></main></body></html>`;

async function convert(table: string): Promise<{ html: string; md: string }> {
  const article = await extractFromHtml(page(table), 'https://news.example/hours');
  return { html: article.html, md: markdownBody(article) };
}

const GFM = '| Branch | Opens | Closes |\n| --- | --- | --- |\n| Riverside | 9:00 | 17:00 |\n| Elm Avenue | 10:00 | 18:00 |';

describe('tables with a heading row', () => {
  it('WordPress block table (<thead>): a table in the reader, a GFM table in Markdown', async () => {
    const { html, md } = await convert('<figure class="wp-block-table"><table><thead><tr><th>Branch</th><th>Opens</th><th>Closes</th></tr></thead><tbody><tr><td>Riverside</td><td>9:00</td><td>17:00</td></tr><tr><td>Elm Avenue</td><td>10:00</td><td>18:00</td></tr></tbody></table></figure>');
    expect(html).toContain('<thead><tr><th>Branch</th>');
    expect(md).toContain(GFM);
  });

  it('MediaWiki wikitable (<th> cells in the first row of <tbody>)', async () => {
    const { html, md } = await convert('<table class="wikitable sortable"><tbody><tr><th>Branch</th><th>Opens</th><th>Closes</th></tr><tr><td>Riverside</td><td>9:00</td><td>17:00</td></tr><tr><td>Elm Avenue</td><td>10:00</td><td>18:00</td></tr></tbody></table>');
    expect(html).toContain('<tr><th>Branch</th><th>Opens</th><th>Closes</th></tr>');
    expect(md).toContain(GFM);
  });

  it('a first row of bold cells (older CMS tables) is the heading row', async () => {
    const { html, md } = await convert('<table border="1" cellpadding="4"><tbody><tr><td><strong>Branch</strong></td><td><b>Opens</b></td><td><strong>Closes</strong></td></tr><tr><td>Riverside</td><td>9:00</td><td>17:00</td></tr><tr><td>Elm Avenue</td><td>10:00</td><td>18:00</td></tr></tbody></table>');
    expect(html).toContain('<td><strong>Branch</strong></td>');
    expect(md).toContain('| **Branch** | **Opens** | **Closes** |\n| --- | --- | --- |\n| Riverside | 9:00 | 17:00 |');
  });

  it('a table without a heading row gets an empty one (GFM needs it); a row of partly bold cells is not a heading', async () => {
    const { md } = await convert('<table><tbody><tr><td><b>Riverside</b> branch</td><td>9:00</td></tr><tr><td>Elm Avenue</td><td>10:00</td></tr></tbody></table>');
    expect(md).toContain('|  |  |\n| --- | --- |\n| **Riverside** branch | 9:00 |\n| Elm Avenue | 10:00 |');
  });
});

describe('layout tables are not turned into tables', () => {
  it('one cell per row: its cells are paragraphs', async () => {
    const { md } = await convert('<table><tr><td>The Riverside branch opens at nine on weekdays and at ten on Saturdays, the library said.</td></tr><tr><td>The Elm Avenue branch keeps its hours until the repairs are done in the spring.</td></tr></table>');
    expect(md).toContain('The Riverside branch opens at nine on weekdays and at ten on Saturdays, the library said.\n\nThe Elm Avenue branch keeps its hours');
    expect(md).not.toContain('| --- |');
  });

  it('a table of tables, or of links (a menu), is layout', async () => {
    const nested = '<table><tr><td><table><tr><td>Branch</td><td>Opens</td></tr><tr><td>Riverside</td><td>9:00</td></tr></table></td><td>The Riverside branch opens at nine on weekdays, the library said in a statement.</td></tr></table>';
    const nestedMd = (await convert(nested)).md;
    expect(nestedMd).toContain('The Riverside branch opens at nine on weekdays');
    expect(nestedMd).not.toMatch(/^\|.*The Riverside branch/m);
    const menu = '<table><tr><td><a href="/news">News</a></td><td><a href="/sport">Sport</a></td><td><a href="/weather">Weather</a></td></tr><tr><td><a href="/arts">Arts</a></td><td><a href="/travel">Travel</a></td><td><a href="/food">Food</a></td></tr></table>';
    const menuMd = (await convert(menu)).md;
    expect(menuMd).not.toContain('| --- |');
  });
});
