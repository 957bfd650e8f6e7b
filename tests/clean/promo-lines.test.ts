import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/promo-lines';
import { PROSE, run } from './helpers';

const URL_ = 'https://www.ledger.example/news/2019/11/council-backs-library';
// An article of some length: promotions are asides in it.
const body = (extra: string) =>
  `<div class="body"><p>${PROSE[0]}</p>${extra}${[PROSE[1], PROSE[2], ...PROSE, ...PROSE].map((p) => `<p>${p}</p>`).join('')}</div>`;
const clean = (extra: string) => run(rule, body(extra), { url: URL_ });

describe('promo-lines', () => {
  it('removes a line that is only a link to another story of the site, or a linked headline in capitals', () => {
    const story = '<p><a href="/news/2019/11/mayor-defends-budget-cuts">Mayor defends budget cuts at packed meeting</a></p>';
    const caps = '<p><strong><a href="https://video.ledger.example/v/6091276897001/">CO-FOUNDER PROUD OF STAFF LIVING THEIR DREAM</a></strong></p>';
    const { text, removed } = clean(story + caps);
    expect(text).not.toContain('Mayor defends');
    expect(text).not.toContain('CO-FOUNDER');
    expect(removed).toHaveLength(2);
    expect(text).toContain(PROSE[1]);
  });

  it('removes "Label: linked headline" lines, lines of several linked headlines, and the bare label over them', () => {
    const label = '<p><strong>On OtherPaper.com:</strong> <a href="https://www.otherpaper.example/x">Car sales plunge nearly 17 percent in August</a></p>';
    const many = '<p><strong>DON\'T MISS</strong></p><p><a href="/a">China furious at Macron for protest jibe</a> [INSIGHT] | <a href="/b">Lakers vs Nets decision made amid turmoil</a> [VIDEO]</p>';
    const { text } = clean(label + many);
    expect(text).not.toMatch(/Car sales|DON'T MISS|Macron|Lakers/);
  });

  it('removes a bulleted list of one linked headline of the site set between two paragraphs of the text', () => {
    const promos = [
      '<ul><li><a href="/news/2019/10/timeline-how-the-library-debate-developed"><strong>The latest news about the library debate (free to read)</strong></a></li></ul>',
      '<ol><li><a href="/news/2019/11/89123456">Alle Hintergründe zum Streit um die Bibliothek</a></li></ol>',
    ];
    for (const promo of promos) {
      const { removed } = clean(promo);
      expect(removed, promo).toHaveLength(1);
    }
    // Between paragraphs, a one-item list to another site, or whose item is a sentence, is the article's.
    const keep = [
      '<ul><li><a href="https://www.gov.example/reports/library-condition-survey-2019">Library condition survey 2019 full report</a></li></ul>',
      '<ul><li>The council <a href="/news/2019/10/earlier-vote-on-the-library">voted last month</a> to delay the plan.</li></ul>',
      '<ul><li><a href="/news/2019/10/a-timeline-of-the-debate">A timeline of the debate</a></li><li><a href="/news/2019/10/who-voted-how-on-the-library">Who voted how on the library</a></li></ul>',
    ];
    for (const list of keep) expect(clean(list).removed, list).toEqual([]);
  });

  it('keeps sentences with links, short linked sources, links to other sites, quotes and list items', () => {
    const keep = [
      '<p>The council <a href="/news/2019/10/earlier-vote-on-the-library">voted last month</a> to delay the plan, citing costs.</p>',
      '<p>Source: <a href="https://reuters.example/">Reuters</a></p>',
      '<p><a href="https://www.gov.example/reports/library-condition-survey-2019">Library condition survey 2019 full report</a></p>',
      '<blockquote><p><a href="/news/2019/11/what-residents-told-us-about-it">What residents told us about the library</a></p></blockquote>',
      '<ul><li><a href="/news/2019/11/a-timeline-of-the-library-debate">A timeline of the library debate so far</a></li></ul>',
    ];
    const { text, removed } = clean(keep.join(''));
    expect(removed).toEqual([]);
    for (const phrase of ['voted last month', 'Reuters', 'condition survey', 'What residents', 'A timeline']) expect(text).toContain(phrase);
  });
});

describe('promo-lines on a page of headlines', () => {
  it('leaves a page detection calls no article alone', () => {
    const line = '<p><a href="/news/2019/11/mayor-defends-budget-cuts">Mayor defends budget cuts at packed meeting</a></p>';
    expect(run(rule, body(line), { url: URL_, isArticle: false }).removed).toEqual([]);
    expect(run(rule, body(line), { url: URL_, isArticle: true }).removed).toHaveLength(1);
  });

  it('leaves a list of stories alone: its headlines are what the page has to say', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<div class="card"><h3><a href="/news/2019/11/story-number-${i}-in-the-list">Story number ${i} in the list of the day</a></h3><p>A short summary of story ${i}.</p></div>`).join('');
    const { removed, text } = run(rule, teasers, { url: URL_ });
    expect(removed).toEqual([]);
    expect(text).toContain('Story number 7 in the list of the day');
  });
});
