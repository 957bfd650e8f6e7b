import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const people = (paragraphs: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions: [], lang })?.people.map((p) => [p.name, p.parts]) ?? null;

describe('an event named in the text makes a report without chair or attendance cues', () => {
  it('lists the people speaking at a named event', () => {
    expect(people([
      'Sen. Rowena Abernathy-Cole faced a restless crowd on Tuesday at a town hall in the county fairground.',
      'Retired teacher Hal Brisco asked about school bus routes.',
    ])).toEqual([['Hal Brisco', ['speaker']]]);
  });

  it('lists no one when the event is only planned', () => {
    expect(people([
      'Analyst Tomas Greer said the results were weak.',
      'The company said it would present the data at a conference later this year.',
    ])).toBeNull();
  });

  it('reads a Vietnamese event named with "tại"', () => {
    expect(people([
      'Tại hội nghị, đồng chí Nguyễn Văn Bình, Giám đốc Sở Xây dựng cho biết tiến độ dự án đã đạt 80%.',
    ], 'vi')).toEqual([['Nguyễn Văn Bình', ['speaker']]]);
  });

  it('dates the named event by its own clause, not by reported speech beside it', () => {
    expect(people([
      'The trade minister, Ana Diaz, said exports would grow, speaking at the launch on Monday.',
    ])).toEqual([['Ana Diaz', ['speaker']]]);
    expect(people([
      'Sen. Rowena Cole will speak at a town hall in the county fairground on Tuesday.',
    ])).toBeNull();
    expect(people([
      'Tại hội nghị, đồng chí Nguyễn Văn Bình, Giám đốc Sở Xây dựng cho biết năm tới sẽ hoàn thành dự án.',
    ], 'vi')).toEqual([['Nguyễn Văn Bình', ['speaker']]]);
  });
});
