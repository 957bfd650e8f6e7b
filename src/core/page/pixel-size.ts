/**
 * The size a page declares for an image, read as a browser would draw it: width/height attributes, overridden by
 * inline style (with its min-/max-). Shared by the tracking-pixel rule and the lazy-image resolver, which must never
 * take a pixel's address for a picture.
 */
/** Largest declared size, in CSS px, that an image may have in one dimension and still be a pixel. */
const MAX_PIXEL_SIZE = 2;

type Declared = number | undefined;

interface StyleSizes {
  size?: Declared;
  min?: Declared;
  max?: Declared;
}

/** The number an HTML width/height attribute gives ("1", " 1px", "0.5"), or null (absent, "100%", "auto"). */
function attributeSize(raw: string | null): number | null {
  if (raw === null) return null;
  const value = raw.trimStart();
  let end = 0;
  while (end < value.length && ((value[end]! >= '0' && value[end]! <= '9') || value[end] === '.')) end++;
  const n = end > 0 ? Number(value.slice(0, end)) : NaN;
  if (!Number.isFinite(n) || value[end] === '%') return null;
  return n;
}

/** A CSS length in px: "1px" and "0" (any unit) give numbers; "100%", "1em", "auto" give NaN. */
function cssSize(raw: string): number {
  let value = raw.toLowerCase();
  const bang = value.indexOf('!');
  if (bang >= 0) value = value.slice(0, bang);
  value = value.trim();
  let end = 0;
  while (end < value.length && ((value[end]! >= '0' && value[end]! <= '9') || value[end] === '.')) end++;
  const n = end > 0 ? Number(value.slice(0, end)) : NaN;
  if (!Number.isFinite(n)) return NaN;
  const unit = value.slice(end).trim();
  if (n === 0) return 0;
  return unit === 'px' ? n : NaN;
}

/** width/height and their min-/max- from an inline style; the last declaration wins, as in CSS. */
function styleSizes(style: string | null): { width: StyleSizes; height: StyleSizes } {
  const width: StyleSizes = {};
  const height: StyleSizes = {};
  if (!style) return { width, height };
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const dash = property.indexOf('-');
    const axis = dash < 0 ? property : property.slice(dash + 1);
    const which = dash < 0 ? 'size' : property.slice(0, dash);
    if ((axis !== 'width' && axis !== 'height') || (which !== 'size' && which !== 'min' && which !== 'max')) continue;
    (axis === 'width' ? width : height)[which] = cssSize(declaration.slice(colon + 1));
  }
  return { width, height };
}

/** The size the image is drawn at in one dimension, when the page pins it to a number of px; else null. */
function drawnSize(attribute: number | null, style: StyleSizes): number | null {
  let size = style.size !== undefined ? (Number.isNaN(style.size) ? null : style.size) : attribute;
  if (style.max !== undefined && !Number.isNaN(style.max)) size = size === null ? (style.max <= MAX_PIXEL_SIZE ? style.max : null) : Math.min(size, style.max);
  // min-width beats width and max-width; one in relative units could be anything.
  if (style.min !== undefined) {
    if (Number.isNaN(style.min)) size = null;
    else size = size === null ? (style.min > MAX_PIXEL_SIZE ? style.min : null) : Math.max(size, style.min);
  }
  return size;
}

/** Whether the page declares the image 0-2 px wide or high (attributes, or inline style, which wins as in a browser). */
export function isPixelSized(img: Element): boolean {
  const style = styleSizes(img.getAttribute('style'));
  const width = drawnSize(attributeSize(img.getAttribute('width')), style.width);
  const height = drawnSize(attributeSize(img.getAttribute('height')), style.height);
  return (width !== null && width <= MAX_PIXEL_SIZE) || (height !== null && height <= MAX_PIXEL_SIZE);
}
