/** Types for scripts/vite-plugin-readerable-esm.mjs (used by the build and its unit test). */
import type { Plugin } from 'vite';

export default function readerableEsm(): Plugin;
