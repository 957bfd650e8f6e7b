/**
 * A JSON-LD author of something the article is about (the claim a fact-check reviews, a reviewed book, a comment) is
 * not the article's byline, though Readability reads it as one; the article's own author is kept.
 */
import { describe, expect, it } from 'vitest';
import { otherWorksAuthors, type JsonLdNode } from '../../src/core/metadata/jsonld';
import { extractFromHtml } from '../../src/node/index';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const PROSE = '<p>The ministry said the convoy had been stopped at the border crossing for three days, and that the families waiting on the far side had been told nothing about when it would move again.</p>'.repeat(6);
const page = (data: unknown, byline = '') =>
  `<!doctype html><html lang="en"><head><title>Fact check: convoy claims</title>${ld(data)}</head><body><article><h1>Fact check: convoy claims</h1>${byline}${PROSE}</article></body></html>`;

const claimReview = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  headline: 'Fact check: convoy claims',
  claimReviewed: 'The convoy was stopped by armed groups.',
  itemReviewed: { '@type': 'CreativeWork', author: { '@type': 'Person', name: 'The Defence Ministries of Two States' }, datePublished: '2019-11-18' },
  author: { '@type': 'Organization', name: 'Checkdesk' },
  datePublished: '2019-11-19',
};

describe('authors of other works in the structured data', () => {
  it('lists nested authors that are not an article node\'s own', () => {
    const nodes = [claimReview, { '@type': 'Review', itemReviewed: { '@type': 'Book', author: 'Ana Ruiz' }, author: { name: 'Lee Park' } }] as JsonLdNode[];
    expect([...otherWorksAuthors(nodes)].sort()).toEqual(['ana ruiz', 'the defence ministries of two states']);
  });

  it('leaves out the authors of a live blog\'s updates and a name the article node also gives', () => {
    const live = { '@type': 'LiveBlogPosting', author: { name: 'Mai Tran' }, liveBlogUpdate: [{ '@type': 'BlogPosting', author: { name: 'Sam Oduya' } }], comment: [{ '@type': 'Comment', author: { name: 'Mai Tran' } }] };
    expect([...otherWorksAuthors([live] as JsonLdNode[])]).toEqual([]);
  });

  // A fact-check prints the claim with its claimant in a box marked "author", which Readability takes for the byline.
  const claimBox = '<div class="statement"><h4 class="author">The Defence Ministries of Two States</h4><p>“The convoy was stopped by armed groups.”</p></div>';
  it('gives no byline from a fact-check\'s reviewed claim, and keeps a printed one', async () => {
    expect((await extractFromHtml(page(claimReview, claimBox), 'https://checkdesk.example/a/convoy-claims/123.html')).byline).toBeNull();
    const printed = await extractFromHtml(page(claimReview, '<p class="byline">By Jane Holloway</p>'), 'https://checkdesk.example/a/convoy-claims/123.html');
    expect(printed.byline).toBe('Jane Holloway');
  });
});
