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

describe('award recipients and speech outside the building', () => {
  it('reads recipients "among 14 writers who received the awards", not the ones who received them another year', () => {
    expect(namesRolesAndParts([
      'Novelist Shri K. R. Devi Menon and poet Smt. Bindu Varghese were among 14 writers who received the state literary awards at a function at the Town Hall on Sunday.',
    ])).toEqual([
      ['K. R. Devi Menon', ['Novelist'], ['attendee']],
      ['Bindu Varghese', ['poet'], ['attendee']],
    ]);
    expect(namesRolesAndParts(['Novelist Ann Pike was among the writers who received grants last year.'])).toEqual([]);
  });

  it('lists no one for what was said outside Parliament House', () => {
    expect(namesRolesAndParts([
      'Veterans\' Affairs Minister Ann Ross appeared before the committee on Thursday.',
      'The president of the Veterans\' Advocacy Network, Doug Mallory, said outside Parliament House that the figures were a disgrace.',
    ])).toEqual([['Ann Ross', ["Veterans' Affairs Minister"], ['attendee']]]);
  });
});
