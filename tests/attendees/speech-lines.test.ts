import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Verbatim records of a sitting print each speech as "<speaker>: <words>"; the head names the speaker and, in
// brackets, a seat, a party, a time or the office-holder's name.
describe('speech lines of a verbatim record', () => {
  it('reads a Commons question time (seat and party in brackets, an office with its holder in brackets)', () => {
    expect(namesRolesAndParts([
      "The House met at half-past Eleven o'clock. Oral Answers to Questions.",
      '1. Tom Keel (Harwood North) (Con): What steps is his Department taking to reduce delays?',
      'The Secretary of State for Health and Social Care (Daniel Ash): We have put £600 million into discharge funds.',
      'Tom Keel: The figures are national. Will he meet me and the trust\'s chief executive, Joanna Pell?',
      'Karen Whit (Ashby Marsh) (Lab): Does the Secretary of State agree with the committee?',
    ])).toEqual([
      ['Tom Keel', [], ['speaker']],
      ['Daniel Ash', ['Secretary of State for Health and Social Care'], ['speaker']],
      ['Karen Whit', [], ['speaker']],
    ]);
  });

  it('reads a state parliament record (a time in brackets, an office after the seat, the Speaker in the chair)', () => {
    expect(namesRolesAndParts([
      'The SPEAKER (Hon. Margaret Eller) took the chair at 9.30 am and read prayers.',
      'Craig Dun (Murrindal) (14:02): My question is to the Minister for Health.',
      'Leah Okon (Bellbrook—Minister for Health and Ambulance Services) (14:03): I have asked the service\'s chief executive, Dr Paul Renner, to report to me by Friday.',
      'The SPEAKER: Order! There is no point of order.',
    ])).toEqual([
      ['Margaret Eller', ['SPEAKER'], ['chair', 'speaker']],
      ['Craig Dun', [], ['speaker']],
      ['Leah Okon', ['Minister for Health and Ambulance Services'], ['speaker']],
    ]);
  });

  it('leaves alone a lone labelled line and an interview that names no sitting', () => {
    expect(namesRolesAndParts([
      'Mayor Ann Hill said the council would vote next month.',
      'Editor\'s Note: An earlier version of this story misspelled Ms Hill\'s name.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'We spoke to the author about her new novel.',
      'Jane Orr: I wrote it during the lockdowns.',
      'Interviewer (Sam Dee): Why then?',
      'Jane Orr: There was nothing else to do.',
    ])).toEqual([]);
  });
});
