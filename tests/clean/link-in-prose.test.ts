import { describe, expect, it } from 'vitest';
import { rule as repeatedHeadline } from '../../src/core/clean/rules/repeated-headline';
import { rule as sharePrompts } from '../../src/core/clean/rules/share-prompts';
import { rule as tagLists } from '../../src/core/clean/rules/tag-lists';
import { paras, PROSE, run } from './helpers';

// Every rule removes through the run's removeBlocks: a link it targets inside a sentence loses its element, not its text.
describe('links inside running prose', () => {
  it('keeps a tag-classed team name in the closing sentence of a match report', () => {
    const last = 'In the first leg of this semi-final <a class="tag" href="/tag/riverside-rovers">Riverside Rovers</a> won away at <a class="tag" href="/tag/elm-park">Elm Park United</a> by 46 to 44.';
    const r = run(tagLists, `${paras(PROSE)}<p>${last}</p>`);
    expect(r.text).toContain('In the first leg of this semi-final Riverside Rovers won away at Elm Park United by 46 to 44.');
    expect(r.removed).toEqual([]);
    expect(r.root.querySelector('a.tag')).toBeNull();
  });

  it('still removes a tag line, where the links have only a label beside them', () => {
    const r = run(tagLists, `${paras(PROSE)}<p>Tags: <a class="tag" href="/t/1">Riverside Rovers</a>, <a class="tag" href="/t/2">Elm Park United</a></p>`);
    expect(r.text).not.toContain('Riverside Rovers');
  });

  it('keeps a link that repeats the headline when it is a word of a sentence', () => {
    const html = `<p>We built <a href="/app">Ask the Lecturer</a> as an open tool for lectures: students send questions from their phones.</p>${paras(PROSE)}`;
    const r = run(repeatedHeadline, html, { title: 'Ask the Lecturer' });
    expect(r.text).toContain('We built Ask the Lecturer as an open tool for lectures');
  });

  it('keeps a "Tweet" link that names the thing quoted in the sentence', () => {
    const html = `${paras(PROSE)}<p>The paper quotes my <a class="share" href="https://twitter.example/x/1">Tweet</a> about the high street closure word for word.</p>`;
    const r = run(sharePrompts, html);
    expect(r.text).toContain('The paper quotes my Tweet about the high street closure word for word.');
  });
});
