/**
 * The one source manifest.json -> the manifest for one browser. Pure: the build and its unit test both call it.
 * Chrome: background.service_worker, no gecko settings. Firefox: background.scripts (an event page; Firefox's
 * MV3 has no service workers), gecko settings kept, Chrome-only keys dropped.
 */

/** @typedef {'chrome' | 'firefox'} Target */

/**
 * @param {Target} target
 * @param {Record<string, any>} source the parsed manifest.json
 * @param {string} version package.json's version (the manifest's own version is a placeholder)
 * @returns {Record<string, any>}
 */
export function manifestFor(target, source, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  const script = source.background?.service_worker ?? source.background?.scripts?.[0];
  if (!script) throw new Error('manifest.json: background needs service_worker or scripts');
  if (target === 'chrome') {
    manifest.background = { service_worker: script };
    delete manifest.browser_specific_settings;
  } else if (target === 'firefox') {
    manifest.background = { scripts: [script] };
    delete manifest.minimum_chrome_version;
    if (!manifest.browser_specific_settings?.gecko?.id) throw new Error('manifest.json: Firefox needs gecko.id');
  } else {
    throw new Error(`unknown target ${target}`);
  }
  return manifest;
}

export const TARGETS = /** @type {const} */ (['chrome', 'firefox']);
