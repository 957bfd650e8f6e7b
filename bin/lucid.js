#!/usr/bin/env node
// The `lucid` command: runs the built CLI (npm run build writes dist/node/cli.js).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('lucid: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exit(await main(process.argv.slice(2)));
