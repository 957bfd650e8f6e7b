/** The label of each typeface the reader offers (text menu and options): the message key, in the person's language. */
import type { FontFamily } from '../settings';

export const TYPEFACE_LABEL: Readonly<Record<FontFamily, string>> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  literata: 'fontLiterata',
  legible: 'fontLegible',
  mono: 'fontMono',
};
