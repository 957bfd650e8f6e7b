/**
 * The MathML a formula keeps (formulas.ts rebuilds every formula from it; the sanitiser and the export tokenizer
 * allow the same): presentation elements only, never <mglyph> (an image source), <maction> (links and actions),
 * <semantics>/<annotation-xml> (HTML inside), and a handful of layout attributes with the values they may take.
 */
export const MATHML_TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

export const MATHML_CONTAINERS = new Set([
  'mrow', 'mfrac', 'msqrt', 'mroot', 'msup', 'msub', 'msubsup', 'mover', 'munder', 'munderover', 'mtable', 'mtr',
  'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'merror', 'mspace',
]);

export const MATHML_ELEMENTS: readonly string[] = ['math', ...MATHML_TOKENS, ...MATHML_CONTAINERS];

/** Attribute ─▶ the values kept (checked on the trimmed value). `alttext` is set by formulas.ts, never copied. */
export const MATH_ATTRIBUTES: Record<string, RegExp> = {
  display: /^(?:block|inline)$/,
  mathvariant: /^[a-z-]{1,30}$/,
  accent: /^(?:true|false)$/,
  accentunder: /^(?:true|false)$/,
  stretchy: /^(?:true|false)$/,
  linethickness: /^\d{1,3}(?:\.\d{1,3})?(?:px|em|ex|pt)?$/,
};

export const MATH_ATTRIBUTE_NAMES: readonly string[] = [...Object.keys(MATH_ATTRIBUTES), 'alttext'];
