import { describe, expect, it } from 'vitest';
import { namesAndParts } from './found';


// Someone spoken to at the event was there; that counts only for a person the article gives no other part (a
// witness who also speaks is a speaker, as annotated).
describe('a person spoken to at the event is present', () => {
  it('the object of a rebuke, named in apposition', () => {
    expect(namesAndParts([
      'The Speaker, Sir Alan Crewe, was in the chair for Prime Minister\'s Questions on Wednesday.',
      'Sir Alan twice rebuked the chancellor, Nadia Holt, for heckling.',
    ])).toEqual([['Alan Crewe', ['chair', 'speaker']], ['Nadia Holt', ['attendee']]]);
  });

  it('two witnesses pressed in a list', () => {
    expect(namesAndParts([
      'The committee, chaired by Labour MP Jo Pratt, met on Tuesday.',
      'Green MP Ivo Lind pressed the witnesses, Ada Moor, chief executive of Vale Water, and Tim Ash, its finance director, on leaks.',
    ])).toEqual([
      ['Jo Pratt', ['chair']], ['Ivo Lind', ['speaker']], ['Ada Moor', ['attendee']], ['Tim Ash', ['attendee']],
    ]);
  });

  it('a witness who also speaks stays a speaker only', () => {
    expect(namesAndParts([
      'The committee, chaired by Labour MP Jo Pratt, met on Tuesday.',
      'Green MP Ivo Lind asked the chief executive, Ada Moor, about leaks. Ms Moor said leaks had fallen.',
    ])).toEqual([['Jo Pratt', ['chair']], ['Ivo Lind', ['speaker']], ['Ada Moor', ['speaker']]]);
  });

  it('not someone spoken to elsewhere', () => {
    expect(namesAndParts([
      'The committee, chaired by Labour MP Jo Pratt, met on Tuesday.',
      'Green MP Ivo Lind told the minister, Ada Moor, in a letter last week that the plan had failed.',
    ])).toEqual([['Jo Pratt', ['chair']]]);
  });
});
