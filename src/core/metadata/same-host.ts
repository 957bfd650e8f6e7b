/**
 * May an address the page gives for itself (its canonical link, og:url) stand in for the address it was read at?
 * A page can name any address; citing it would let a page on one site be cited as another site's article.
 *
 * Decided without a network, strictly: the same host, as the URL parser writes it (lower case, IDN in its ASCII
 * form, IPv4 normalised), on the same port, with http allowed to become https on the default ports, and no
 * credentials. A subdomain or parent is not enough: without the Public Suffix List, "a.github.io" and "github.io",
 * or "s3.amazonaws.com" and "victim.s3.amazonaws.com", look like one site but belong to different people; the list
 * (tldts) is several times the size of the popup's whole export chunk, a high price for the few pages read on a
 * mobile or AMP subdomain. When the canonical is refused, the address read is cited: never wrong,
 * only less tidy.
 */

/** True when `candidate` is an http(s) URL on the same host (and port) as `address`. */
export function onSameHost(candidate: string, address: string): boolean {
  const claimed = parse(candidate);
  const read = parse(address);
  if (!claimed || !read || claimed.username || claimed.password) return false;
  if (claimed.hostname !== read.hostname) return false;
  if (claimed.protocol === read.protocol) return claimed.port === read.port;
  // The upgrade keeps the site only between the default ports (80 to 443): another port is another service.
  return read.protocol === 'http:' && claimed.protocol === 'https:' && read.port === '' && claimed.port === '';
}

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
