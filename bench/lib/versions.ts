/** The versions a bench run depends on, for its header line. */
import { readFileSync } from 'node:fs';

export const packageVersion = (pkg: string): string =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;

export const benchVersions = (): string =>
  [`node ${process.version}`, `linkedom ${packageVersion('linkedom')}`, `@mozilla/readability ${packageVersion('@mozilla/readability')}`].join(', ');

export const utcMinute = (): string => new Date().toISOString().slice(0, 16).replace('T', ' ');
