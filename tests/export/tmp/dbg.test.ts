import { test } from 'vitest';
import TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';
test('dbg', () => {
  const s = new TurndownService();
  s.use([tables]);
  s.addRule('x', { filter: (n: any) => { if (n.nodeName === 'TABLE') { const trs = Array.from(n.querySelectorAll('tr')) as any[]; console.log(trs.length, trs.map(tr => [tr.parentNode.nodeName, tr.parentNode.parentNode === n, Array.from(tr.childNodes).map((c: any) => c.nodeName)]), n.querySelector('img')); } return false; }, replacement: () => '' });
  s.turndown('<table><tr><td>a</td><td>b|c</td></tr><tr><td><p>x</p><p>y</p></td><td>z</td></tr></table>');
});
