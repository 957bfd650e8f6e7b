import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../src/core/lang/clean-cues';
import { isCueLabel } from '../../src/core/clean/kit/block-text';

describe('cuesFor', () => {
  it('merges the page language with English, page language first', () => {
    const vi = cuesFor('vi-VN');
    expect(vi.lang).toBe('vi');
    expect(vi.related[0]).toBe('tin liên quan');
    expect(vi.related).toContain('related');
    expect(vi.classHints.comments).toContain('binhluan');
    expect(vi.classHints.comments).toContain('comment');
  });

  it('falls back to English for unknown languages', () => {
    expect(cuesFor('xx').lang).toBe('en');
    expect(cuesFor('').comments).toContain('comments');
  });

  it('matches labels with counts and punctuation', () => {
    const vi = cuesFor('vi');
    expect(isCueLabel('0 bình luận', vi.comments)).toBe(true);
    expect(isCueLabel('Comments (0)', vi.comments)).toBe(true);
    expect(isCueLabel('Xem thêm TP.Thanh Hóa', vi.related, 30)).toBe(true);
    expect(isCueLabel('Xem thêm TP.Thanh Hóa', vi.related)).toBe(false);
  });
});
