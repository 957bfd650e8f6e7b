/**
 * npm start: build, serve the founding fixture page on 127.0.0.1, and open Chromium (headed) with the extension
 * loaded on it. Without a display ($DISPLAY unset) it says so and prints the cleaned article text instead, with the
 * attendee summary under it as the popup shows it.
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. The throwaway profile is removed when Chromium exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLUG = 'baothanhhoa-giao-ban-dan-van';
const PAGE = [join(ROOT, 'tests/fixtures', SLUG), join('/work/shared/fixtures', SLUG)].find((dir) => existsSync(join(dir, 'page.html')));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function buildAll() {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function printArticle(html, url) {
  const { extractFromHtml, attendeesText } = await import(pathToFileURL(join(ROOT, 'dist/node/index.js')).href);
  const article = await extractFromHtml(html, url);
  console.log(`\n${article.title}\n${'='.repeat(Math.min(article.title.length, 80))}`);
  if (article.byline || article.published) console.log([article.byline, article.published].filter(Boolean).join(' · '));
  console.log(`\n${article.text}\n`);
  const people = article.attendees;
  if (people && (people.people.length || people.groups.length)) {
    // The popup's own English labels.
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
    const m = (key) => en[key].message;
    const labels = { chair: m('peopleChair'), speaker: m('peopleSpeakers'), attendee: m('peopleAttendees'), groups: m('peopleGroups'), also: { chair: m('peopleAlsoChaired'), speaker: m('peopleAlsoSpoke'), attendee: m('peopleAlsoAttended') } };
    console.log(`${m('peopleTitle')}\n\n${attendeesText(people, labels)}`);
  }
}


async function main() {
  if (!PAGE) throw new Error(`the founding page (${SLUG}/page.html) is in neither tests/fixtures nor /work/shared/fixtures`);
  buildAll();
  const html = readFileSync(join(PAGE, 'page.html'));
  const originalUrl = JSON.parse(readFileSync(join(PAGE, 'expected.json'), 'utf8')).url;

  if (!process.env.DISPLAY) {
    console.log('No display ($DISPLAY is unset), so no browser window: here is the cleaned article instead.');
    await printArticle(html.toString('utf8'), originalUrl);
    return;
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);

  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === `/${SLUG}/`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/${SLUG}/`;
  const profile = mkdtempSync(join(tmpdir(), 'lucid-start-'));
  const extension = join(ROOT, 'dist/chrome');
  console.log(`Serving ${url}\nOpening Chromium with the extension from ${extension}. Press Alt+Shift+Y on the page, or click the toolbar button.`);
  const chromium = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium refuses to run as root with its sandbox (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      url,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  chromium.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  chromium.on('exit', (code) => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    if (code) {
      console.error(`Chromium exited with code ${code}:\n${stderr}`);
      process.exitCode = code;
    }
  });
  process.on('SIGINT', () => chromium.kill());
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
