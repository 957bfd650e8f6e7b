/**
 * Link and image addresses for exports: resolved against the page, limited to safe schemes, without the
 * tracking parameters that identify the reader rather than the resource, and without credentials.
 */

const TRACKING_PARAM_RE =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|vero_id|oly_enc_id|oly_anon_id|__twitter_impression|zarsrc|utm)$/i;

export type UrlKind = 'link' | 'image';

/**
 * The cleaned absolute URL, or null when it is unusable (javascript:, data: outside images, fragment-only links,
 * unparsable). `base` is the article URL; a missing or bad base leaves relative URLs unresolvable (null).
 */
export function cleanUrl(raw: string, base: string | null, kind: UrlKind = 'link'): string | null {
  const trimmed = raw.trim();
  if (!trimmed || (kind === 'link' && trimmed.startsWith('#'))) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'data:') {
    return kind === 'image' && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(url.href) ? url.href : null;
  }
  if (url.protocol === 'mailto:' && kind === 'link') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials are a secret or a disguise ("https://trusted.example@evil.example/"), never part of the resource.
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM_RE.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}
