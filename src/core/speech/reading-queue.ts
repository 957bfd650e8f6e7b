/**
 * What read-aloud speaks, in order: every sentence of every block (paragraph, heading, list item…) of the article,
 * with the block it belongs to and its offsets in that block's text, and the moves between them (next and previous
 * paragraph). Pure: the reader maps the offsets back to its DOM to highlight what is being said.
 */
import { sentenceSpans, splitOptionsFor } from './sentence-spans';

export interface QueuedSentence {
  /** Index of the block in the list given to readingQueue. */
  block: number;
  start: number;
  end: number;
  /**
   * What to speak: the sentence with each white-space character (line break, tab, no-break space) as a plain space,
   * so it keeps its length and an engine's boundary offsets are offsets into the block from `start`.
   */
  text: string;
}

export function readingQueue(blocks: readonly string[], lang: string): QueuedSentence[] {
  const options = splitOptionsFor(lang);
  const queue: QueuedSentence[] = [];
  blocks.forEach((text, block) => {
    for (const { start, end } of sentenceSpans(text, options)) {
      const spoken = text.slice(start, end).replace(/\s/gu, ' ');
      // A sentence of punctuation or symbols only ("* * *", "—") says nothing.
      if (/[\p{L}\p{N}]/u.test(spoken)) queue.push({ block, start, end, text: spoken });
    }
  });
  return queue;
}

/**
 * The queue index of the first sentence of the next block after `at` (queue.length past the last), or of the block
 * before `at`'s (0 at the first).
 */
export function paragraphStep(queue: readonly QueuedSentence[], at: number, direction: 1 | -1): number {
  if (queue.length === 0) return 0;
  const here = Math.min(Math.max(at, 0), queue.length - 1);
  const block = queue[here]!.block;
  if (direction === 1) {
    let i = here;
    while (i < queue.length && queue[i]!.block === block) i++;
    return i;
  }
  let i = here;
  while (i > 0 && queue[i - 1]!.block === block) i--; // the start of this block
  if (i === 0) return 0;
  const previous = queue[i - 1]!.block;
  while (i > 0 && queue[i - 1]!.block === previous) i--;
  return i;
}
