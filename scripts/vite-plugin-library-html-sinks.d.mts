/** Types for scripts/vite-plugin-library-html-sinks.mjs (used by the build and its unit test). */
import type { Plugin } from 'vite';

export interface Rewrite {
  module: string;
  format: 'cjs' | 'esm';
  why: string;
  find: string;
  replace: string;
  count: number;
}
export const HELPER_PATH: string;
export const REWRITES: Rewrite[];
export function rewritesFor(id: string): Rewrite[];
export function rewriteLibrary(code: string, id: string): string | null;
export function findSinks(code: string): Array<{ sink: string; excerpt: string }>;
export default function libraryHtmlSinks(): Plugin;
