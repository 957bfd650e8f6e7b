/**
 * The Article's labels lose every character that hides or reorders text, whatever the source (article-labels.ts);
 * the body is left as the page wrote it.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { withPlainLabels } from '../../src/core/article-labels';
import { plainLabel } from '../../src/core/text/plain-label';
import { codePoint, HIDDEN, HIDDEN_CHARS, hideIn, SPACING, visible } from './hidden-chars';

function article(hide: (s: string) => string): Article {
  return {
    url: 'https://ledger.example/a',
    canonicalUrl: null,
    title: hide('Council backs repairs'),
    byline: hide('Jane Roe'),
    siteName: hide('The Ledger'),
    lang: 'en',
    dir: 'ltr',
    published: null,
    excerpt: hide('The vote ends debate'),
    standfirst: hide('Two years of debate end'),
    isArticle: true,
    detection: { score: 1, signals: [] },
    html: `<p>${hide('Body text')}</p>`,
    text: hide('Body text'),
    paragraphs: [hide('Body text')],
    images: [{ src: 'https://ledger.example/i.jpg', alt: hide('The roof'), caption: hide('The roof in March') }],
    wordCount: 2,
    readingMinutes: 1,
    attendees: {
      people: [{ name: hide('Ann Lee'), roles: [hide('Mayor')], parts: ['chair'], evidence: [hide('Mayor Ann Lee chaired.')] }],
      groups: [hide('the council')],
    },
    removed: [],
  };
}

describe('withPlainLabels', () => {
  it.each(HIDDEN_CHARS.map((c) => [codePoint(c), c]))('%s leaves every label, and only the labels', (_code, c) => {
    const hide = (s: string) => hideIn(s, c);
    const before = article(hide);
    const after = withPlainLabels(before);
    const labels = [
      after.title, after.byline, after.siteName, after.excerpt, after.standfirst, after.images[0].alt, after.images[0].caption,
      after.attendees!.people[0].name, ...after.attendees!.people[0].roles, ...after.attendees!.groups,
    ];
    for (const label of labels) expect(label).not.toMatch(HIDDEN);
    expect(labels.map(visible)).toEqual(['Councilbacksrepairs', 'JaneRoe', 'TheLedger', 'Thevoteendsdebate', 'Twoyearsofdebateend', 'Theroof', 'TheroofinMarch', 'AnnLee', 'Mayor', 'thecouncil']);
    // The body and the evidence quoted from it are page text.
    expect([after.html, after.text, after.paragraphs, after.attendees!.people[0].evidence]).toEqual([before.html, before.text, before.paragraphs, before.attendees!.people[0].evidence]);
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  });

  it('an optional label left empty becomes null; an attendee with no visible name is dropped', () => {
    const blank = '\u202e\u3164\u2066\u{e0041}';
    const after = withPlainLabels({ ...article((s) => s), byline: blank, siteName: blank, standfirst: blank, excerpt: blank,
      attendees: { people: [{ name: blank, roles: [blank], parts: ['attendee'], evidence: [] }], groups: [blank] } });
    expect([after.byline, after.siteName, after.standfirst, after.excerpt]).toEqual([null, null, null, null]);
    expect(after.attendees).toEqual({ people: [], groups: [] });
  });
});

describe('plainLabel', () => {
  it('drops reordering and invisible characters, and spaces out the zero-width ones as the core always has', () => {
    expect(plainLabel('\u202eJane Roe\u202c')).toBe('Jane Roe');
    expect(plainLabel('Pay\u00adPal\u2060 Inc\u{e0020}')).toBe('PayPal Inc');
    for (const c of SPACING) expect(plainLabel(`Jane${c}Roe`)).toBe('Jane Roe');
    expect(plainLabel('\u001b]0;pwned\u0007Jane')).toBe(']0;pwnedJane');
  });

  it('keeps letters, combining marks, variation selectors and right-to-left text', () => {
    for (const text of ['Nguyễn Văn An', 'محمد رضا', 'חדשות', '東京新聞', '❤\ufe0f News', 'e\u0301cole', 'ᠮᠣᠩᠭᠣᠯ']) expect(plainLabel(text)).toBe(text);
  });
});
