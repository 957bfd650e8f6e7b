/**
 * Issue #14, "Time": the attendee finder on adversarial paragraphs (fuzz-big-text.ts) grows linearly. Each shape
 * is timed at 4,000 and 32,000 characters in the same run; the test fails when the median time grows more than
 * 20 times for 8 times the input (quadratic growth is 64 times). `npm run fuzz -- --time` prints the 2 MB figures.
 */
import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { ATTENDEE_SHAPES } from './fuzz-big-text';
import { describeGrowth, superLinear } from './time-growth';

const SMALL = 4_000;
const FACTOR = 8;

describe('the attendee finder grows linearly on adversarial paragraphs', () => {
  it.each(ATTENDEE_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const small = { ...shape.make(SMALL), lang: shape.lang };
    const large = { ...shape.make(SMALL * FACTOR), lang: shape.lang };
    // The shape is what it claims: an event is found, so every sentence is read.
    expect(findAttendees(small)).not.toBeNull();
    const growth = superLinear(() => findAttendees(small), () => findAttendees(large));
    expect(growth && describeGrowth(growth)).toBeNull();
  }, 300_000);
});
