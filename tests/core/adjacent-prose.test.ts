import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { blockHints, completePick, pageBlocks } from '../../src/core/fallback/adjacent-prose';
import { cuesFor } from '../../src/core/lang/clean-cues';
import * as pages from './adjacent-prose-pages';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const readabilityText = (html: string): string => (new Readability(parse(html)).parse()?.textContent ?? '').replace(/\s+/g, ' ');
const extract = (html: string) => extractArticle(parse(html), 'https://news.example/2024/story', { html: false, attendees: false });
const pipelineText = (html: string): string => {
  const a = extract(html);
  return `${a.standfirst ?? ''}\n${a.text}`;
};

describe('completing Readability’s pick with the prose beside it', () => {
  // Each page is one Readability alone reads short: the check that it does keeps these tests about the mechanism.
  it('adds the article’s second half, in a later row after an advertisement (German page builder)', () => {
    const html = pages.builderRowsPage();
    for (const p of pages.DE_SECOND) expect(readabilityText(html)).not.toContain(p);
    const text = pipelineText(html);
    for (const p of [...pages.DE_FIRST, ...pages.DE_SECOND]) expect(text).toContain(p);
    expect(text.indexOf(pages.DE_FIRST[0]!)).toBeLessThan(text.indexOf(pages.DE_SECOND[0]!));
    expect(text).not.toContain('Anzeige');
  });

  it('adds the story continued after an inline picture, and stops at the related links (English)', () => {
    const html = pages.continuedStoryPage();
    for (const p of pages.EN_SECOND) expect(readabilityText(html)).not.toContain(p);
    const text = pipelineText(html);
    for (const p of pages.EN_SECOND) expect(text).toContain(p);
    for (const t of pages.EN_RELATED) expect(text).not.toContain(t);
    expect(text).not.toContain('More on this story');
  });

  it('carries the lead printed in the article’s header as the standfirst, not in the body (French)', () => {
    const html = pages.headerLeadPage();
    expect(readabilityText(html)).not.toContain(pages.FR_LEAD);
    const a = extract(html);
    expect(a.standfirst).toBe(pages.FR_LEAD);
    expect(a.text).not.toContain(pages.FR_LEAD);
    expect(a.text).not.toContain('Dix mille arbres contre la chaleur');
    for (const p of pages.FR_BODY) expect(a.text).toContain(p);
  });

  it('never adds a list of related stories, nor the prose past it (Spanish)', () => {
    const text = pipelineText(pages.relatedListPage());
    for (const p of pages.ES_BODY) expect(text).toContain(p);
    for (const t of [...pages.ES_TEASERS, pages.ES_AFTER]) expect(text).not.toContain(t);
  });

  it('never adds the comment section after a post (English)', () => {
    const text = pipelineText(pages.commentsPage());
    for (const p of pages.EN_POST) expect(text).toContain(p);
    for (const c of pages.EN_COMMENTS) expect(text).not.toContain(c);
  });
});

describe('completePick', () => {
  const hints = blockHints(cuesFor('en'));

  it('reads CJK prose by its own length (Japanese, the pick given by hand)', () => {
    const doc = parse(pages.splitBodyJaPage());
    const blocks = pageBlocks(doc, hints);
    const pick = doc.querySelector('.module-a')!;
    const content = doc.createElement('div');
    content.append(pick);
    const { added } = completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks);
    expect(added).toBe(pages.JA_SECOND.length);
    for (const p of [...pages.JA_FIRST, ...pages.JA_SECOND]) expect(content.textContent).toContain(p);
    expect(content.textContent).not.toContain('写真');
  });

  it('stops at a furniture label, a teaser card inside a link and a line of links', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const prose = '<p>Residents have until Friday to comment on the plans for the new terminal, which will be shown at the library.</p><p>Residents who cannot visit the library may ask for the plans to be posted to them, free of charge, until the end of the month.</p>';
    const after = [
      `<h3>Related stories</h3>${prose}`,
      `<a href="/news/x"><div class="card">${prose}</div></a>`,
      `<p>See also: <a href="/a">the ferry timetable for the winter months and the changes to Sunday sailings</a> and <a href="/b">the harbour map</a>.</p>${prose}`,
    ];
    for (const tail of after) {
      const doc = parse(`<!doctype html><html><body><div class="page"><div class="l-wrap"><div class="l-a"><div class="l-b">${body}</div></div><div class="l-c">${tail}</div></div></div></body></html>`);
      const blocks = pageBlocks(doc, hints);
      const content = doc.createElement('div');
      content.append(doc.querySelector('.l-b')!);
      expect(completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks)).toEqual({ added: 0, lead: null });
      expect(content.textContent).not.toContain('Residents have until Friday');
    }
  });

  it('leaves a lone line after the article alone: a note or a disclosure, not the article going on', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const note = 'We welcome letters from readers about any of our articles; please include your full name and the town where you live.';
    const doc = parse(`<!doctype html><html><body><div class="page"><div class="l-wrap"><div class="l-a"><div class="l-b">${body}</div></div><div class="l-c"><p>${note}</p></div></div></div></body></html>`);
    const blocks = pageBlocks(doc, hints);
    const content = doc.createElement('div');
    content.append(doc.querySelector('.l-b')!);
    expect(completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks).added).toBe(0);
    expect(content.textContent).not.toContain(note);
  });

  it('reads a box holding the pick as the article whatever its class words say (a blog post’s tag classes, a page layout named related)', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const lead = 'Ferry passengers will pay more from next month, and the harbour board says the timetable will change as well.';
    const related = 'Residents have until Friday to comment on the plans for the new terminal, which will be shown at the library.';
    const shells = [
      // a blog engine prints the post's tags as class words of the post's own box
      (inner: string) => `<div class="site"><h1>Fares rise</h1><article class="post type-post tag-harbour tag-winter category-news">${inner}</article></div>`,
      // a page layout named after the related box it has beside the article
      (inner: string) => `<div class="layout layout--related"><main><h1>Fares rise</h1>${inner}</main></div>`,
    ];
    for (const shell of shells) {
      const doc = parse(`<!doctype html><html><body>${shell(`<p>${lead}</p><figure><img src="/ferry.jpg"></figure><div class="entry-content">${body}</div><div class="related-posts"><p>${related}</p><p>${related}</p></div>`)}</body></html>`);
      const blocks = pageBlocks(doc, hints);
      const content = doc.createElement('div');
      content.append(doc.querySelector('.entry-content')!);
      expect(completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks)).toEqual({ added: 0, lead });
    }
  });

  it('does not count a document pasted into the post (a nested <html><body>) as levels of the page', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const lead = 'Ferry passengers will pay more from next month, and the harbour board says the timetable will change as well.';
    const doc = parse(`<!doctype html><html><body><div class="site"><main><div class="hd"><h1>Fares rise</h1><p>${lead}</p></div><div class="a"><div class="b"><div class="c"><div class="entry"><html><body>${body}</body></html></div></div></div></div></main></div></body></html>`);
    expect(doc.querySelector('.entry > html > body')).not.toBeNull();
    const blocks = pageBlocks(doc, hints);
    const content = doc.createElement('div');
    content.append(doc.querySelector('.entry')!);
    expect(completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks).lead).toBe(lead);
  });

  it('takes the prose right under the headline as the lead, however far the header is from the pick’s container', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const lead = 'Ferry passengers will pay more from next month, and the harbour board says the timetable will change as well.';
    const deep = (inner: string) => `<div class="a"><div class="b"><div class="c"><div class="d"><div class="e"><div class="f">${inner}</div></div></div></div></div></div>`;
    const page = (header: string) =>
      parse(`<!doctype html><html><body><div class="site"><div class="hd"><p class="date">8 November 2021</p>${header}</div>${deep(`<div class="entry">${body}</div>`)}</div></body></html>`);
    const leadOf = (doc: Document) => {
      const blocks = pageBlocks(doc, hints);
      const content = doc.createElement('div');
      content.append(doc.querySelector('.entry')!);
      return completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks).lead;
    };
    expect(leadOf(page(`<h1>Fares rise</h1><p>${lead}</p>`))).toBe(lead);
    expect(leadOf(page(`<h1>Fares rise</h1><figure><img src="/f.jpg"></figure><p>8 November 2021</p><p>${lead}</p>`))).toBe(lead);
    // Not past a box of furniture, not a line that is no sentence, not prose above the headline.
    expect(leadOf(page(`<h1>Fares rise</h1><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav><p>${lead}</p>`))).toBeNull();
    expect(leadOf(page(`<h1>Fares rise</h1><p>${lead.slice(0, -1)} (with agencies)</p>`))).toBeNull();
    expect(leadOf(page(`<p>${lead}</p><h1>Fares rise</h1>`))).toBeNull();
  });

  it('stays under the article’s container: prose in another column of the page is not the article', () => {
    const body = pages.EN_FIRST.map((p) => `<p>${p}</p>`).join('');
    const doc = parse(`<!doctype html><html><body><div class="main"><div class="a"><div class="b"><div class="c"><div class="d"><div class="e"><div class="f">${body}</div></div></div></div></div></div></div>
      <div class="side"><p>${pages.EN_SECOND[0]}</p></div></body></html>`);
    const blocks = pageBlocks(doc, hints);
    const content = doc.createElement('div');
    content.append(doc.querySelector('.f')!);
    expect(completePick(content, (content.textContent ?? '').replace(/\s+/g, ' '), blocks)).toEqual({ added: 0, lead: null });
  });
});
