import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRun, mergeReports, rules, runRules, type CleanContext } from '../../src/core/clean/index';
import { cuesFor } from '../../src/core/lang/clean-cues';
import { PROSE, paras } from './helpers';

describe('runRules', () => {
  it('reports per rule with at most 3 truncated examples, omitting rules that removed nothing', () => {
    const title = 'Council approves $4.2 million renovation of Riverside branch library';
    const { document } = parseHTML(`<html><body><div id="a"><h2>${title}</h2>${paras(PROSE)}
      ${[1, 2, 3, 4].map((i) => `<p><span class="ad-label">Advertisement</span></p><p class="caption">${title}</p><div class="ad-slot${i}"></div>`).join('')}</div></body></html>`);
    const ctx: CleanContext = { document: document as unknown as Document, title, byline: null, description: null, lang: 'en', cues: cuesFor('en') };
    const reports = runRules(rules, 'post', document.getElementById('a') as unknown as Element, ctx, createRun());
    const names = reports.map((r) => r.rule);
    expect(names).toContain('repeated-headline');
    expect(names).toContain('ad-labels');
    expect(names).not.toContain('comment-sections');
    const headline = reports.find((r) => r.rule === 'repeated-headline')!;
    expect(headline.count).toBe(5);
    expect(headline.examples.length).toBe(3);
    for (const e of headline.examples) expect(e.length).toBeLessThanOrEqual(80);
  });

  it('lists rules in run order with names matching their files', () => {
    // Names against files: registry.test.ts. Tracking pixels first, code blocks before any rule reads highlighter spans, templates before captions before sign-up forms before Readability (captions
    // marked by class become <figcaption>s while Readability can still see the class); the byline last after, and
    // last before Readability too (its pre phase reads the header byline that Readability drops). Consent banners go
    // before Readability as well: beside a short post, one was the longest text on the page.
    expect(rules.filter((r) => r.pre).map((r) => r.name)).toEqual(['tracking-pixels', 'code-highlighting', 'unrendered-templates', 'cookie-banners', 'image-captions', 'newsletter-boxes', 'repeated-byline']);
    expect(rules.filter((r) => r.post).at(-1)!.name).toBe('repeated-byline');
  });

  it('merges reports of the same rule from both phases', () => {
    const merged = mergeReports([{ rule: 'x', count: 2, examples: ['a', 'b'] }], [{ rule: 'x', count: 1, examples: ['c', 'd'] }]);
    expect(merged).toEqual([{ rule: 'x', count: 3, examples: ['a', 'b', 'c'] }]);
  });
});
