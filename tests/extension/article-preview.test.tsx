// @vitest-environment jsdom
/**
 * The popup's preview (ArticlePreview) is the reader's column alone, so the popup does not load the full reader: it
 * must draw exactly what the reader's compact mode draws.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setFallbackMessages } from '../../src/extension/i18n';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');
const { ArticlePreview } = await import('../../src/extension/reader/article-column');
const { ReaderView } = await import('../../src/extension/reader/reader-view');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

const people = { people: [{ name: 'Amara Okafor', roles: ['Mayor'], parts: ['chair' as const], evidence: ['Mayor Amara Okafor chaired.'] }], groups: [] };

describe('the popup preview', () => {
  for (const [label, article, settings] of [
    ['plain', readerArticle(), DEFAULTS],
    ['with people, standfirst, dark serif', readerArticle({ attendees: people, standfirst: 'A lead.' }), { ...DEFAULTS, theme: 'dark' as const }],
    ['right to left, no date', readerArticle({ dir: 'rtl', lang: 'ar', published: null }), DEFAULTS],
  ] as const) {
    it(`draws what the reader's compact mode draws: ${label}`, () => {
      const preview = render(<ArticlePreview article={article} settings={settings} />).container.innerHTML;
      cleanup();
      const compact = render(<ReaderView article={article} settings={settings} compact />).container.innerHTML;
      expect(preview).toBe(compact);
      expect(preview).toContain('data-testid="article-body"');
      expect(preview).not.toContain('lr-footer');
    });
  }
});
