import { describe, expect, it } from 'vitest';
import { acceptMessage, type SenderInfo } from '../../src/extension/background/validate-message';

const ID = 'ourextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const page: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const content: SenderInfo = { id: ID, url: 'https://example.org/a', frameId: 0, tab: { id: 7 } };
const detected = {
  type: 'detected',
  payload: { url: 'https://example.org/a', title: 'A', isArticle: true, ms: 0.4, detection: { score: 0.8, signals: [{ name: 'prose-run', weight: 0.3 }] } },
};

describe('acceptMessage', () => {
  it('accepts well-formed messages from the right contexts', () => {
    expect(acceptMessage(detected, content, ID, ORIGIN)).toEqual(detected);
    const extract = { type: 'extract-tab', payload: { tabId: 7, force: false } };
    expect(acceptMessage(extract, page, ID, ORIGIN)).toEqual(extract);
    // The popup opened in a tab (as the e2e tests do) still counts as our page.
    expect(acceptMessage(extract, { ...page, tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toEqual(extract);
    expect(acceptMessage({ type: 'toggle-reader-tab', payload: { tabId: 0, seen: true } }, page, ID, ORIGIN)).not.toBeNull();
    expect(acceptMessage({ type: 'toggle-reader-tab', payload: { tabId: 0 } }, page, ID, ORIGIN)).toBeNull();
  });

  it('rejects other extensions and the wrong context', () => {
    expect(acceptMessage(detected, { ...content, id: 'someone-else' }, ID, ORIGIN)).toBeNull();
    expect(acceptMessage(detected, page, ID, ORIGIN)).toBeNull(); // detection comes from pages, not our UI
    expect(acceptMessage(detected, { ...content, frameId: 2 }, ID, ORIGIN)).toBeNull(); // iframes
    expect(acceptMessage(detected, { ...content, tab: undefined }, ID, ORIGIN)).toBeNull();
    // A content script (which a page can talk to) may not drive extraction of other tabs.
    expect(acceptMessage({ type: 'extract-tab', payload: { tabId: 1, force: true } }, content, ID, ORIGIN)).toBeNull();
  });

  it('rejects malformed payloads and unknown types', () => {
    const bad = [
      null,
      'detected',
      { type: 'detected' },
      { type: 'detected', payload: { ...detected.payload, isArticle: 'yes' } },
      { type: 'detected', payload: { ...detected.payload, detection: { score: 1, signals: [{ name: 3 }] } } },
      { type: 'extract-tab', payload: { tabId: -1, force: false } },
      { type: 'extract-tab', payload: { tabId: 1.5, force: false } },
      { type: 'extract-tab', payload: { tabId: 1 } },
      { type: 'extract', payload: { force: true } }, // meant for content scripts, not the background
      { type: 'nope', payload: {} },
    ];
    for (const message of bad) {
      const sender = (message as { type?: string } | null)?.type === 'detected' ? content : page;
      expect(acceptMessage(message, sender, ID, ORIGIN), JSON.stringify(message)).toBeNull();
    }
  });
});
