import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Receptions and courtesy calls in Commonwealth press: who read a message, who said the prayer, who was present.
describe('receptions and courtesy calls', () => {
  it('reads the one who read a message, a churchman saying the prayer, and the present at "both meetings"', () => {
    expect(namesRolesAndParts([
      'The Minister of Tourism, Mrs Ama Boateng, on Friday hosted a reception for the diplomatic corps in Kumasi.',
      'The President was represented by the Vice-President, Mr Kojo Owusu, who read his message.',
      'The Apostolic Nuncio, Archbishop Paolo Renzi, said the opening prayer.',
      'Also present at both meetings was Finance Ministry permanent secretary Dr Esi Quaye.',
    ])).toEqual([
      ['Ama Boateng', ['Minister of Tourism'], ['attendee']],
      ['Kojo Owusu', ['Vice-President'], ['attendee', 'speaker']],
      ['Paolo Renzi', ['Apostolic Nuncio', 'Archbishop'], ['speaker']],
      ['Esi Quaye', ['Finance Ministry permanent secretary'], ['attendee']],
    ]);
  });

  it('keeps lowercase modifiers in a title and takes no bureau for a person (US county board)', () => {
    expect(namesRolesAndParts([
      'The county board met Tuesday with labor negotiator Paul Imbert in attendance.',
      'Dana Marsh, president of the county Farm Bureau, said the water plan was unfair.',
    ])).toEqual([
      ['Paul Imbert', ['labor negotiator'], ['attendee']],
      ['Dana Marsh', ['president of the county Farm Bureau'], ['speaker']],
    ]);
  });
});

describe('visitors described before their name', () => {
  it('leaves the tenure word out of the visitor\'s role and reaches a visiting group\'s leader', () => {
    expect(namesRolesAndParts([
      'Chief Minister Ravi Rao received a courtesy call from the visiting Australian High Commissioner, Ms Jane Holt, on Tuesday.',
    ])).toEqual([
      ['Ravi Rao', ['Chief Minister'], ['attendee']],
      ['Jane Holt', ['Australian High Commissioner'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Mayor Tom Ellery welcomed Sister City delegates from Osaka, led by Deputy Mayor Akira Mori, to City Hall on Thursday.',
    ])).toContainEqual(['Akira Mori', ['Deputy Mayor'], ['attendee']]);
  });
});
