// @vitest-environment jsdom
/**
 * Code blocks "with their language" (issue #19): the extractor keeps a block's language as `language-x` on its
 * <code>; the reader shows it as a small label above the block, from the stylesheet (so it is neither copied with
 * the code nor read aloud), readable in every theme.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFallbackMessages } from '../../src/extension/i18n';
import { ReaderView } from '../../src/extension/reader/reader-view';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

describe('a code block shows its language', () => {
  const html =
    '<p>Install it, then run:</p><pre><code class="language-python">print("hi")</code></pre>' +
    '<pre><code class="language-ts">const a: number = 1;</code></pre>' +
    '<pre><code class="language-elixir">IO.puts "hi"</code></pre>' +
    '<pre><code>plain output</code></pre><p>Inline <code class="language-js">x()</code> stays as it is.</p>';

  it('labels each block by its language, by name where it has a common one, and only blocks with one', () => {
    render(<ReaderView article={readerArticle({ html })} settings={DEFAULTS} />);
    const body = screen.getByTestId('article-body');
    const labels = [...body.querySelectorAll('pre')].map((pre) => pre.getAttribute('data-lang'));
    expect(labels).toEqual(['Python', 'TypeScript', 'elixir', null]);
    // Inline code is no block: no label beside a word.
    expect(body.querySelector('p code')!.parentElement!.hasAttribute('data-lang')).toBe(false);
    // The label is not text of the article: copying the code or reading it aloud gets the code alone.
    expect(body.textContent).toBe('Install it, then run:print("hi")const a: number = 1;IO.puts "hi"plain outputInline x() stays as it is.');
  });

  const css = readFileSync(join(import.meta.dirname, '../../src/extension/reader/reader.css'), 'utf8');

  it('draws the label above the block from the attribute, in the muted colour', () => {
    const rule = css.match(/\.lr-body pre\[data-lang\]::before\s*\{([^}]*)\}/)?.[1] ?? '';
    expect(rule).toMatch(/content:\s*attr\(data-lang\)/);
    expect(rule).toMatch(/display:\s*block/);
    expect(rule).toMatch(/color:\s*var\(--lr-muted\)/);
  });

  /** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const themeVar = (block: string, name: string) =>
    css.match(new RegExp(String.raw`${block.replace('.', '\\.')} \{[^}]*--lr-${name}:\s*(#[0-9a-f]{6})`))?.[1];

  it.each(['.lr', '.lr--sepia', '.lr--dark'])('is readable on the code background in %s (contrast at least 4.5)', (block) => {
    const fg = themeVar(block, 'muted');
    const bg = themeVar(block, 'surface');
    expect(fg && bg).toBeTruthy();
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });
});
