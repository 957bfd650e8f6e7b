// html-encoding-sniffer ships no types: one CommonJS function (module.exports = sniff) returning a WHATWG encoding name.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
