/**
 * Turns a page of the hostile corpus (tests/hardening/hostile/) into one whose payloads report when they run: every
 * executable `alert('PWNED')` (and `document.cookie='PWNED'`) becomes `fetch('<origin>/pwned/<page>/<n>')` with the
 * same quote character, so the payload keeps its exact syntactic context (attribute, URL, CSS, srcdoc, base64 data
 * URL). A hit on the fixture server, or a request the browser reports, then proves that a payload ran.
 */
export const BEACON_PATH = '/pwned/';

export function withBeacons(html: string, origin: string, page: string): string {
  let n = 0;
  const beacon = (quote: string) => `fetch(${quote}${origin}${BEACON_PATH}${page}/${n++}${quote})`;
  const swap = (text: string) =>
    text
      .replace(/alert\((['"`])PWNED\1\)/g, (_, quote: string) => beacon(quote))
      .replace(/document\.cookie=(['"])PWNED\1/g, (_, quote: string) => beacon(quote));
  return (
    swap(
      // Payloads hidden in base64 data: URLs are decoded, armed and encoded again.
      html.replace(/base64,([A-Za-z0-9+/]+=*)/g, (whole, data: string) => {
        const decoded = Buffer.from(data, 'base64').toString('utf8');
        return decoded.includes('PWNED') ? `base64,${Buffer.from(swap(decoded), 'utf8').toString('base64')}` : whole;
      }),
    )
      // A page that refreshes itself away is the page's own doing, not the extension's: push its timer past the test
      // (the <meta> stays, so the extractor still meets it).
      .replace(/(http-equiv="refresh"\s+content=")\s*\d+/gi, '$13600')
  );
}
