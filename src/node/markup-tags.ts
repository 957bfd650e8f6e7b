/**
 * The tags of a page as linkedom's parser will see them, with where each one is written: htmlparser2's own
 * tokenizer (the one linkedom parses with) run without building anything, so comments, CDATA, attribute values and
 * the raw text of <script>, <style>, <title>, <textarea> and <xmp> are skipped exactly as the parse will skip them.
 * Same options as linkedom (entities decoded, HTML mode) so the tags end where the parse will end them. Linear in
 * the length of the page; the charset sniffer and the depth bound read the page through it.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface TagToken {
  /** Lower-case tag name. */
  name: string;
  /** Source range of the whole tag, from its `<` to just past its `>` (or the end of the page). */
  start: number;
  end: number;
  closing: boolean;
  /** Written `<x/>`; whether that closes x depends on the parser (only in SVG and MathML for htmlparser2). */
  selfClosing: boolean;
}

/** Elements whose content htmlparser2's tokenizer reads as text up to their own end tag (unless written `<x/>`). */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * Calls `onTag` for each start and end tag in order; `onTag` returns true to stop early. `onAttributeName` gets the
 * source range of each attribute's name, as written.
 */
export function scanTags(
  html: string,
  onTag: (tag: TagToken) => boolean | void,
  onAttributeName?: (from: number, to: number) => void,
): void {
  let name = '';
  let start = 0;
  let stopped = false;
  const emit = (tag: TagToken) => {
    if (!stopped && onTag(tag) === true) {
      stopped = true;
      tokenizer.pause();
    }
  };
  const ignore = () => {};
  const callbacks: TokenizerCallbacks = {
    onopentagname(from, to) {
      name = html.slice(from, to).toLowerCase();
      start = from - 1; // the tokenizer only starts a tag name right after its `<`
    },
    onopentagend(at) {
      emit({ name, start, end: at + 1, closing: false, selfClosing: false });
    },
    onselfclosingtag(at) {
      emit({ name, start, end: at + 1, closing: false, selfClosing: true });
    },
    onclosetag(from, to) {
      // Reported at the end of the name; the tag runs on to the next `>` (anything between is ignored).
      const gt = html.indexOf('>', to);
      const endName = html.slice(from, to).toLowerCase();
      emit({ name: endName, start: html.lastIndexOf('<', from), end: gt < 0 ? html.length : gt + 1, closing: true, selfClosing: false });
    },
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: onAttributeName ?? ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
    ontext: ignore,
    ontextentity: ignore,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  if (!stopped) tokenizer.end();
}
