/** The extractor's name and version, recorded in every export's provenance. Kept in step with package.json by a test. */
export const EXTRACTOR_NAME = 'lucid-reader';
export const VERSION = '0.1.0';
