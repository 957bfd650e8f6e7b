import { describe, expect, it } from 'vitest';
import { namesAndParts } from './found';


// Letters after a name (KC, SC, IPS, OBE) belong to the person: they part neither a subject from its verb nor the
// names of a list.
describe('post-nominal letters', () => {
  it('between a subject and its verb', () => {
    expect(namesAndParts([
      'The inquiry sat in Leeds on Monday, chaired by Dame Ruth Alder.',
      'Counsel to the inquiry, Simon Tate KC, told the hearing the records were incomplete.',
    ])).toEqual([['Ruth Alder', ['chair']], ['Simon Tate', ['speaker']]]);
  });

  it('between two names of a list before its verb', () => {
    expect(namesAndParts([
      'Superintendent of Police Smt. R. Kavitha, IPS, and District Revenue Officer Thiru S. Raman attended the meeting.',
    ])).toEqual([['R. Kavitha', ['attendee']], ['S. Raman', ['attendee']]]);
  });

  it('not an acronym that opens the next clause', () => {
    expect(namesAndParts([
      'The board met on Monday, chaired by Trustee Amy Lund.',
      'Trustee Omar Haddad spoke first and NHS managers said the plan was late.',
    ])).toEqual([['Amy Lund', ['chair']], ['Omar Haddad', ['speaker']]]);
  });
});
