// @vitest-environment jsdom
/**
 * On the first press the reader gets the article before its attendee summary (content/overlay.ts): the channel
 * checks the late message, the content script's cache completes the article, and the reader adds the summary without
 * drawing the body again.
 */
import { cleanup, render, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Attendee } from '../../src/core/article';
import { extractArticle } from '../../src/core/extract';
import { setFallbackMessages } from '../../src/extension/i18n';
import { isPeopleUpdate, isToReader } from '../../src/extension/reader-channel';
import { ReaderView } from '../../src/extension/reader/reader-view';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');
const { completePeople, extractPage, extractPageWithHash, peoplePending } = await import('../../src/extension/content/extract-page');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

const person: Attendee = { name: 'Amara Okafor', roles: ['Mayor'], parts: ['chair'], evidence: ['Mayor Amara Okafor chaired the meeting.'] };

describe('the attendee summary after the article', () => {
  it('the channel takes a summary or null, and nothing malformed', () => {
    expect(isPeopleUpdate({ type: 'attendees', attendees: null })).toBe(true);
    expect(isPeopleUpdate({ type: 'attendees', attendees: { people: [person], groups: ['City Council'] } })).toBe(true);
    expect(isPeopleUpdate({ type: 'attendees', attendees: { people: [{ ...person, roles: [1] }], groups: [] } })).toBe(false);
    expect(isPeopleUpdate({ type: 'attendees', attendees: { people: [{ name: 'X', roles: [] }], groups: [] } })).toBe(false);
    expect(isPeopleUpdate({ type: 'attendees', attendees: { people: [{ ...person, parts: ['host'] }], groups: [] } })).toBe(false);
    expect(isPeopleUpdate({ type: 'attendees' })).toBe(false);
    expect(isToReader({ type: 'article', article: readerArticle(), notice: null, peopleLater: true })).toBe(true);
    expect(isToReader({ type: 'article', article: readerArticle(), notice: null, peopleLater: 'yes' })).toBe(false);
  });

  it('the content script reads the page without the people, then completes the cached article with them', () => {
    const page = readFileSync(join(process.cwd(), 'tests/fixtures/baothanhhoa-giao-ban-dan-van/page.html'), 'utf8');
    document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
    const whole = extractArticle(document, location.href, { maxElements: 60_000 });
    expect(whole.attendees?.people.length).toBeGreaterThan(0);

    const first = extractPage(true, undefined, true);
    expect(first.ok && first.article.attendees).toBeNull();
    expect(peoplePending()).toBe(true);
    expect(completePeople()).toEqual(whole.attendees);
    expect(peoplePending()).toBe(false);
    const again = extractPage(false);
    expect(again.ok && again.article.attendees).toEqual(whole.attendees);

    // The popup asking before the reader's pass ran gets the whole article too.
    extractPage(true, undefined, true);
    const popup = extractPageWithHash(false);
    expect(popup.ok && popup.article.attendees).toEqual(whole.attendees);
    expect(popup.ok && popup.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('the reader adds the summary and keeps the body it drew', () => {
    const article = readerArticle();
    const { rerender, container } = render(<ReaderView article={article} settings={DEFAULTS} />);
    // Within the container: an earlier test replaced the document's body, to which `screen` is bound.
    const view = within(container as HTMLElement);
    expect(view.queryByTestId('attendees')).toBeNull();
    const body = view.getByTestId('article-body');
    const paragraph = body.querySelector('p')!;
    rerender(<ReaderView article={{ ...article, attendees: { people: [person], groups: [] } }} settings={DEFAULTS} />);
    expect(view.getByTestId('attendees').textContent).toContain('Amara Okafor');
    // The same nodes: the body was not set again (a selection or a playing read-aloud would have been lost).
    expect(view.getByTestId('article-body').querySelector('p')).toBe(paragraph);
  });
});
