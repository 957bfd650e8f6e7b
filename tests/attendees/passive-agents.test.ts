import { describe, expect, it } from 'vitest';
import { namesAndParts } from './found';


const sitting = 'Speaker Olawale Benson presided over the sitting on Thursday.';

// A speech verb in the passive ("was seconded by X") is X's speech, not its grammatical subject's.
describe('the agent of a passive speech verb speaks', () => {
  it('"was seconded by Hon. X (party, seat)"', () => {
    expect(namesAndParts([sitting, 'Hon. Folake Adeyemi moved the motion, which was seconded by Hon. Ada Nwosu (APC, Ikeja).']))
      .toEqual([['Olawale Benson', ['chair']], ['Folake Adeyemi', ['speaker']], ['Ada Nwosu', ['speaker']]]);
  });

  it('"read out by the Registrar, Dr. X", past an apposition before the name', () => {
    expect(namesAndParts([sitting, 'The Governor sent apologies; his message was read out by the Registrar, Dr. Kofi Mensah.']))
      .toEqual([['Olawale Benson', ['chair']], ['Kofi Mensah', ['speaker']]]);
  });

  it('not the person named before the verb', () => {
    expect(namesAndParts([sitting, 'The motion of Hon. Bayo Ade was seconded by Hon. Uche Obi.']))
      .toEqual([['Olawale Benson', ['chair']], ['Uche Obi', ['speaker']]]);
  });

  it('a verb followed by "by" and no person keeps its subject', () => {
    expect(namesAndParts([sitting, 'Hon. Tunde Arigbede spoke by video link from Abuja.']))
      .toEqual([['Olawale Benson', ['chair']], ['Tunde Arigbede', ['speaker']]]);
  });
});
