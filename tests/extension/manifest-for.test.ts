import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs build helper without a declaration file
import { manifestFor } from '../../scripts/manifest-for.mjs';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifestFor', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const m = manifestFor('chrome', source, '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
    expect(m.minimum_chrome_version).toBeDefined();
  });

  it('gives Firefox an event page, its gecko id and data-collection declaration, and no Chrome-only keys', () => {
    const m = manifestFor('firefox', source, '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('does not change the source and keeps everything shared', () => {
    const before = JSON.stringify(source);
    const chrome = manifestFor('chrome', source, '0.1.0');
    const firefox = manifestFor('firefox', source, '0.1.0');
    expect(JSON.stringify(source)).toBe(before);
    for (const key of ['name', 'permissions', 'content_scripts', 'commands', 'action', 'content_security_policy']) {
      expect(chrome[key]).toEqual(source[key]);
      expect(firefox[key]).toEqual(source[key]);
    }
  });

  it('rejects an unknown browser and a manifest without background', () => {
    expect(() => manifestFor('safari', source, '0.1.0')).toThrow(/unknown target/);
    expect(() => manifestFor('chrome', { ...source, background: {} }, '0.1.0')).toThrow(/background/);
  });

  it('asks only for the permissions the features use', () => {
    expect([...source.permissions].sort()).toEqual(['activeTab', 'downloads', 'scripting', 'storage']);
    expect(source.host_permissions).toBeUndefined();
  });
});
