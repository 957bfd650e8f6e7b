import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/image-tables';
import { contentImages, contentText } from '../../src/core/content-text';
import { PROSE, paras, run } from './helpers';

describe('image-tables', () => {
  it('makes an image laid out in a table a figure with its caption', () => {
    const table = '<table class="image center"><tbody><tr><td><a href="/big.jpg"><img src="/a.jpg" alt="Hội nghị"></a></td></tr><tr><td class="image_desc">Toàn cảnh hội nghị.</td></tr></tbody></table>';
    const { root, removed } = run(rule, paras(PROSE.slice(0, 2)) + table + paras(PROSE.slice(2)));
    expect(removed).toEqual([]);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('figure > a > img')).not.toBeNull();
    const { paragraphs, captions } = contentText(root);
    expect(captions).toEqual(['Toàn cảnh hội nghị.']);
    expect(paragraphs).toEqual(PROSE);
    expect(contentImages(root, 'https://x.example/')[0]!.caption).toBe('Toàn cảnh hội nghị.');
  });

  it('keeps data tables: headers, many rows, text beside a picture, long text', () => {
    const data = '<table><tr><th>Town</th><th>Homes</th></tr><tr><td><img src="/x.png"></td><td>1,140</td></tr></table>';
    const beside = '<table><tr><td><img src="/y.png"> Harwick built walls.</td></tr></table>';
    const rows = `<table>${Array.from({ length: 6 }, (_, i) => `<tr><td><img src="/${i}.png"></td></tr>`).join('')}</table>`;
    const { root } = run(rule, paras(PROSE) + data + beside + rows);
    expect(root.querySelectorAll('table')).toHaveLength(3);
    expect(root.querySelector('figure')).toBeNull();
  });
});
