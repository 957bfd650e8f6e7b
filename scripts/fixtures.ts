/**
 * Golden fixture tool (run with tsx):
 *   npx tsx scripts/fixtures.ts                       check every golden/ file against the current output
 *   UPDATE_FIXTURES=1 npx tsx scripts/fixtures.ts     (re)write golden/ files   (npm run fixtures:update)
 *   npx tsx scripts/fixtures.ts new <slug> <saved.html> --url <URL>            (npm run fixture:new -- …)
 *       copies the page to tests/fixtures/<slug>/page.html and writes an expected.json DRAFT ("_draft": true)
 *       from the current extraction; the golden test fails until a human has reviewed it and removed "_draft".
 * What goes into golden/ is the GOLDEN_OUTPUTS list (tests/fixtures/golden-outputs.ts), nothing here.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article } from '../src/core/article';
import {
  type Expected,
  extractFixture,
  fixturePath,
  listFixtures,
  readExpected,
} from '../tests/fixtures/fixture-files';
import { GOLDEN_OUTPUTS } from '../tests/fixtures/golden-outputs';

function syncGoldens(update: boolean): number {
  let problems = 0;
  for (const slug of listFixtures()) {
    const expected = readExpected(slug);
    if (!expected) {
      console.error(`✗ ${slug}: no expected.json (it gives the page URL); skipped`);
      problems++;
      continue;
    }
    const article = extractFixture(slug, expected.url);
    for (const [file, render] of Object.entries(GOLDEN_OUTPUTS)) {
      const path = fixturePath(slug, 'golden', file);
      const current = render(article);
      const stored = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (stored === current) continue;
      if (update) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, current);
        console.log(`${stored === null ? '+ wrote ' : '~ updated'} ${slug}/golden/${file}`);
      } else {
        problems++;
        console.error(`✗ ${slug}/golden/${file}: ${stored === null ? 'missing' : firstDifference(stored, current)}`);
      }
    }
  }
  if (!update && problems) console.error('\nRun `npm run fixtures:update` and review the diff.');
  return problems;
}

function firstDifference(stored: string, current: string): string {
  const a = stored.split('\n');
  const b = current.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return `differs at line ${at + 1}\n    golden:  ${a[at] ?? '(end)'}\n    current: ${b[at] ?? '(end)'}`;
}

function draftExpected(article: Article): Expected {
  const captions = article.images.map((image) => image.caption).filter((c): c is string => !!c);
  const maxOccurrences: Record<string, number> = { [article.title]: 1 };
  if (article.byline) maxOccurrences[article.byline] = 1;
  return {
    _draft: true,
    url: article.url,
    lang: article.lang.split('-')[0].toLowerCase(),
    isArticle: article.isArticle,
    title: article.title,
    byline: article.byline,
    published: article.published?.slice(0, 10) ?? null,
    paragraphs: article.paragraphs.filter((p) => !captions.includes(p)),
    captions,
    mustNotContain: [],
    maxOccurrences,
    attendees: article.attendees && {
      people: article.attendees.people.map(({ name, roles, parts }) => ({ name, roles, parts })),
      groups: article.attendees.groups,
    },
  };
}

function newFixture(args: string[]): void {
  const urlFlag = args.indexOf('--url');
  const url = urlFlag >= 0 ? args[urlFlag + 1] : undefined;
  const [slug, saved] = args.filter((_, i) => i !== urlFlag && i !== urlFlag + 1);
  if (!slug || !saved || !url) throw new Error('usage: npm run fixture:new -- <slug> <saved.html> --url <URL>');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`slug must be kebab-case: ${slug}`);
  new URL(url); // throws on a malformed URL
  if (!existsSync(saved)) throw new Error(`no such file: ${saved}`);
  if (existsSync(fixturePath(slug))) throw new Error(`tests/fixtures/${slug}/ already exists; not overwriting`);

  mkdirSync(fixturePath(slug), { recursive: true });
  copyFileSync(saved, fixturePath(slug, 'page.html'));
  const draft = draftExpected(extractFixture(slug, url));
  writeFileSync(fixturePath(slug, 'expected.json'), `${JSON.stringify(draft, null, 2)}\n`);
  console.log(
    `Created tests/fixtures/${slug}/{page.html, expected.json}. expected.json is a DRAFT of what the pipeline\n` +
      'extracts today: fix every paragraph, title, byline, date and attendee by reading the page, add the\n' +
      'mustNotContain traps, delete "_draft", then run `npm run fixtures:update`.',
  );
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'new') newFixture(rest);
  else if (command === undefined) process.exitCode = syncGoldens(process.env.UPDATE_FIXTURES === '1') ? 1 : 0;
  else throw new Error(`unknown command: ${command} (expected no command, or "new")`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
