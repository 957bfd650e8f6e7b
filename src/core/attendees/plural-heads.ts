import type { CompiledCues } from './compile';

/**
 * The singular of a plural head, in its case ("Councilmembers" → "Councilmember", "Reps." → "Rep.", "Deputies" →
 * "Deputy"), or null when the word is no plural of a head (a head that itself ends in the suffix is singular).
 */
export function singularOf(head: string, cc: CompiledCues): string | null {
  const irregular = cc.irregularPlurals.get(head.toLowerCase());
  if (irregular) return /^\p{Lu}/u.test(head) ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular.toLowerCase();
  const suffix = cc.data.rolePluralSuffix;
  if (!suffix || !head.toLowerCase().endsWith(suffix)) return null;
  const singular = head.slice(0, -suffix.length);
  return !cc.singularHeadToken.test(head) && cc.singularHeadToken.test(singular) ? singular : null;
}

/** Only a comma or a connector between two names of one list. */
export function listGap(gap: string, cc: CompiledCues): boolean {
  // An item's bracket ("Councillors A (Ward 4), B …") is no break in the list.
  const rest = gap.replace(/^\s*\([^()]{1,60}\)/u, '').replace(/^[\s,;]*/u, '');
  if (!rest) return true;
  const m = cc.connectorAtStart.exec(rest);
  return m !== null && m[0].length === rest.length;
}
