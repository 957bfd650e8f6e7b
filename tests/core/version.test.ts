import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXTRACTOR_NAME, VERSION } from '../../src/core/version';

it('records the package version as the extractor version in every export’s provenance', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  expect(VERSION).toBe(pkg.version);
  expect(EXTRACTOR_NAME).toBe(pkg.name);
  expect(manifest.version).toBe(pkg.version);
});
