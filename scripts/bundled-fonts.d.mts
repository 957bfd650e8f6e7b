/** Types of bundled-fonts.mjs, for the tests that read its plan. */
export interface BundledFont {
  id: 'literata' | 'legible' | 'mono';
  family: string;
  pkg: string;
  subsets: string[];
}
export const BUNDLED_FONTS: BundledFont[];
export function bundledFontPlan(root: string): { css: string; files: Array<{ from: string; to: string }> };
