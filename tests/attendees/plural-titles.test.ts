import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';

const roles = (paragraphs: string[]) =>
  findAttendees({ paragraphs, captions: [], lang: 'en' })?.people.map((p) => [p.name, p.roles]) ?? [];

// A plural title over a list gives each name its singular, whatever form the plural takes: an abbreviation with its
// stop ("Reps.", "Sens."), a head after a modifier that is a head itself ("Student senators"), "-ies" ("secretaries").
describe('plural titles over a list (English)', () => {
  it('abbreviated plurals keep their stop in the singular (US House, US Senate)', () => {
    expect(roles([
      'Reps. Danielle Okonjo, Marcus Whitlaw and Teresa Cordova-Lynch spoke in favor of the amendment at the markup.',
    ])).toEqual([
      ['Danielle Okonjo', ['Rep.']], ['Marcus Whitlaw', ['Rep.']], ['Teresa Cordova-Lynch', ['Rep.']],
    ]);
    expect(roles([
      'Sens. Maria Cantrell (D-N.M.) and Jerome Buckley (R-Ga.) questioned the nominee at the confirmation hearing.',
    ])).toEqual([['Maria Cantrell', ['Sen.']], ['Jerome Buckley', ['Sen.']]]);
  });

  it('the plural is read on the last word of the title, not on a modifier that is a head itself', () => {
    expect(roles([
      'Student senators Amira Haddad and Lucas Ferreira-Nunes spoke against the motion at the senate meeting.',
    ])).toEqual([['Amira Haddad', ['Student senator']], ['Lucas Ferreira-Nunes', ['Student senator']]]);
    expect(roles([
      'Board trustees Keisha Harlan and Omar Siddiqui voted against the closure at Monday\'s board meeting.',
    ])).toEqual([['Keisha Harlan', ['Board trustee']], ['Omar Siddiqui', ['Board trustee']]]);
  });

  it('"-ies" plurals (an Australian union meeting, a Sri Lankan cabinet meeting)', () => {
    expect(roles([
      'Assistant secretaries Shaun Tremayne and Bec Castellari addressed the meeting on staffing ratios.',
    ])).toEqual([['Shaun Tremayne', ['Assistant secretary']], ['Bec Castellari', ['Assistant secretary']]]);
    expect(roles([
      'Deputies Ruwan Jayasekara and Nimal Perera attended the cabinet meeting on Tuesday.',
    ])).toEqual([['Ruwan Jayasekara', ['Deputy']], ['Nimal Perera', ['Deputy']]]);
  });

  it('UK and Australian council abbreviations', () => {
    expect(roles([
      'Cllrs Bridget Moran and Tom Ashdown spoke against the plan at the full council meeting.',
    ])).toEqual([['Bridget Moran', ['Cllr']], ['Tom Ashdown', ['Cllr']]]);
  });

  it('a singular title still reaches only its own name', () => {
    expect(roles([
      'Sen. Lloyd Abernathy and Maria Cantrell attended the hearing.',
    ])).toEqual([['Lloyd Abernathy', ['Sen.']], ['Maria Cantrell', []]]);
  });
});
