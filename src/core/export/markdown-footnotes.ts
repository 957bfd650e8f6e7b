/**
 * Footnotes in article Markdown, from the shape clean/rules/footnote-backlinks.ts gives every page's notes: a
 * reference `<a id="fnref-N" href="#fn-N">` becomes `[^N]`, a note (`id="fn-N"`) becomes `[^N]: its text`, and the
 * note's link back ("↩") is left out. A reference whose note did not survive extraction keeps its label as text.
 * N is a number the rule assigned, so the label can be nothing but digits.
 */
import type TurndownService from 'turndown';
import { trimNewlines } from './markdown-trim';

type El = HTMLElement;

const NOTE_ID = /^fn-(\d{1,4})$/;
const REF_HREF = /^#fn-(\d{1,4})$/;

/** The root of the converted tree (turndown's own copy), for looking a note up by id. */
function rootOf(node: Node): Node {
  let n = node;
  while (n.parentNode) n = n.parentNode;
  return n;
}

function hasNote(node: Node, n: string): boolean {
  const root = rootOf(node) as unknown as ParentNode;
  return typeof root.querySelector === 'function' && Boolean(root.querySelector(`[id="fn-${n}"]`));
}

const noteNumber = (node: Node): string | null => (node.nodeType === 1 ? (NOTE_ID.exec((node as El).getAttribute('id') ?? '')?.[1] ?? null) : null);

/** Continuation lines of a definition are indented four spaces (CommonMark footnote extensions read them so). */
function definition(n: string, content: string): string {
  const body = trimNewlines(content).replace(/\n/g, '\n    ');
  return `[^${n}]: ${body}`;
}

export function footnoteRules(service: TurndownService): void {
  service.addRule('footnote-ref', {
    filter: (node) => node.nodeName === 'A' && REF_HREF.test((node as El).getAttribute('href') ?? '') && /^fnref-/.test((node as El).getAttribute('id') ?? ''),
    replacement: (content, node) => {
      const n = REF_HREF.exec((node as El).getAttribute('href') ?? '')![1];
      return hasNote(node, n) ? `[^${n}]` : content;
    },
  });

  service.addRule('footnote-backlink', {
    filter: (node) => node.nodeName === 'A' && /^#fnref-\d{1,4}$/.test((node as El).getAttribute('href') ?? ''),
    replacement: () => '',
  });

  // The superscript around a reference adds nothing to "[^1]".
  service.addRule('footnote-ref-sup', {
    filter: (node) => node.nodeName === 'SUP' && node.childNodes.length === 1 && node.firstChild?.nodeName === 'A' && REF_HREF.test((node.firstChild as El).getAttribute('href') ?? ''),
    replacement: (content) => content,
  });

  service.addRule('footnote', {
    filter: (node) => noteNumber(node) !== null,
    replacement: (content, node) => {
      const def = definition(noteNumber(node)!, content.trim());
      return node.nodeName === 'LI' ? `${def}\n` : `\n\n${def}\n\n`;
    },
  });

  // A list made only of notes: the definitions, one after another, without list markers.
  service.addRule('footnote-list', {
    filter: (node) => (node.nodeName === 'OL' || node.nodeName === 'UL') && node.children.length > 0 && Array.from(node.children).every((li) => noteNumber(li) !== null),
    replacement: (content) => `\n\n${trimNewlines(content).replace(/\n(?=\[\^)/g, '\n\n')}\n\n`,
  });
}
