import { describe, expect, it } from 'vitest';
import { paragraphStep, readingQueue } from '../../src/core/index';

const blocks = ['Tiêu đề bài viết', 'TP. Cần Thơ mưa lớn.  Nước dâng cao!', '* * *', 'Một câu. Hai câu. Ba câu.', 'Hết.'];

describe('readingQueue', () => {
  it('lists every sentence of every block in order, with its block, its offsets and white space as plain spaces', () => {
    const queue = readingQueue(['One.\n  Two\t three.', ...blocks.slice(1, 2)], 'vi');
    expect(queue).toEqual([
      { block: 0, start: 0, end: 4, text: 'One.' },
      { block: 0, start: 7, end: 18, text: 'Two  three.' },
      { block: 1, start: 0, end: 20, text: 'TP. Cần Thơ mưa lớn.' },
      { block: 1, start: 22, end: 36, text: 'Nước dâng cao!' },
    ]);
  });

  it('skips blocks with nothing to say', () => {
    expect(readingQueue(blocks, 'vi').map((s) => s.block)).toEqual([0, 1, 1, 3, 3, 3, 4]);
  });

  it('moves to the next block and back to the start of the previous one', () => {
    const queue = readingQueue(blocks, 'vi'); // blocks 0 | 1 1 | 3 3 3 | 4
    expect(paragraphStep(queue, 0, 1)).toBe(1);
    expect(paragraphStep(queue, 1, 1)).toBe(3);
    expect(paragraphStep(queue, 2, 1)).toBe(3);
    expect(paragraphStep(queue, 4, 1)).toBe(6);
    expect(paragraphStep(queue, 6, 1)).toBe(7); // past the end
    expect(paragraphStep(queue, 5, -1)).toBe(1); // from the middle of block 3 to block 1, skipping the empty block 2
    expect(paragraphStep(queue, 3, -1)).toBe(1);
    expect(paragraphStep(queue, 2, -1)).toBe(0);
    expect(paragraphStep(queue, 0, -1)).toBe(0);
    expect(paragraphStep([], 0, 1)).toBe(0);
  });
});
