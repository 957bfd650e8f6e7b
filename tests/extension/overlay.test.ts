// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';

const mounts: Array<{ container: Element; article: Article; unmounted: boolean }> = [];
vi.mock('../../src/extension/reader/mount-reader', () => ({
  mountReader: (container: Element, article: Article) => {
    const mount = { container, article, unmounted: false };
    mounts.push(mount);
    container.append(Object.assign(document.createElement('p'), { textContent: article.title }));
    return () => {
      mount.unmounted = true;
      container.replaceChildren();
    };
  },
}));
const { closeOverlay, isOverlayOpen, openOverlay } = await import('../../src/extension/content/overlay');

const article = (title: string) => ({ title }) as Article;
const host = () => document.querySelector('lucid-reader-overlay');

afterEach(() => closeOverlay());

describe('reader overlay', () => {
  it('opens in a closed shadow root and closing restores the page DOM exactly', () => {
    document.body.innerHTML = '<main><p id="x">Page</p></main>';
    const before = document.documentElement.outerHTML;
    openOverlay(article('One'));
    expect(isOverlayOpen()).toBe(true);
    expect(host()).not.toBeNull();
    expect(host()!.shadowRoot).toBeNull();
    closeOverlay();
    expect(isOverlayOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reopening the same article re-attaches the rendered reader instead of rendering it again', () => {
    const a = article('Same');
    const start = mounts.length;
    openOverlay(a);
    const first = host();
    closeOverlay();
    openOverlay(a);
    expect(host()).toBe(first);
    expect(mounts.length - start).toBe(1);
    expect(mounts.at(-1)!.unmounted).toBe(false);
  });

  it('a different article (an SPA navigation) replaces the kept reader', () => {
    openOverlay(article('Before'));
    const old = mounts.at(-1)!;
    closeOverlay();
    openOverlay(article('After'));
    expect(old.unmounted).toBe(true);
    expect(mounts.at(-1)!.article.title).toBe('After');
    expect(document.querySelectorAll('lucid-reader-overlay')).toHaveLength(1);
  });

  it('a synthetic Escape from a page script does not close the reader (a real one does: see the e2e suites)', () => {
    openOverlay(article('Esc'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(isOverlayOpen()).toBe(true);
    closeOverlay();
    expect(host()).toBeNull();
  });

  it('a reader whose host the page removed counts as closed, and opens again at once', () => {
    openOverlay(article('Removed'));
    host()!.remove();
    expect(isOverlayOpen()).toBe(false);
    openOverlay(article('Removed'));
    expect(isOverlayOpen()).toBe(true);
    expect(document.querySelectorAll('lucid-reader-overlay')).toHaveLength(1);
    closeOverlay();
  });
});
