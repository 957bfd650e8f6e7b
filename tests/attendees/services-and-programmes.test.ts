import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Funerals, memorials and congresses say who was there through the seating, the congregation and the programme.
describe('services and programmes', () => {
  it('reads the congregation and the front row of a state funeral (Australian daily)', () => {
    expect(namesRolesAndParts([
      "Hundreds gathered at St Mary's Cathedral on Friday for the funeral of former senator Joan Rafferty.",
      'Among the congregation were Premier Luke Hadley and opposition leader Mara Quinn.',
      'The front row was made up of her three children, Governor-General Sir Peter Hale and Chief Justice Anna Moro.',
    ])).toEqual([
      ['Luke Hadley', ['Premier'], ['attendee']],
      ['Mara Quinn', ['opposition leader'], ['attendee']],
      ['Peter Hale', ['Governor-General'], ['attendee']],
      ['Anna Moro', ['Chief Justice'], ['attendee']],
    ]);
  });

  it('reads mourners, the eulogy and the readings (Irish regional weekly)', () => {
    expect(namesRolesAndParts([
      'Mourners included Deputy Prime Minister Raj Patel and the former Taoiseach, Brian Cowley.',
      'The eulogy was delivered by Father Liam Rafferty, and a reading was given by Senator Kate Byrne.',
    ])).toEqual([
      ['Raj Patel', ['Deputy Prime Minister'], ['attendee']],
      ['Brian Cowley', ['former Taoiseach'], ['attendee']],
      ['Liam Rafferty', [], ['speaker']],
      ['Kate Byrne', ['Senator'], ['speaker']],
    ]);
  });

  it('reads pallbearers described by a lowercase title (US sports page)', () => {
    expect(namesRolesAndParts([
      'A memorial service was held at Grace Chapel on Saturday. Pallbearers included former teammates Joe Bannon and Mick Doyle.',
    ])).toEqual([
      ['Joe Bannon', ['former teammate'], ['attendee']],
      ['Mick Doyle', ['former teammate'], ['attendee']],
    ]);
  });

  it('gives a relative clause after the last name to that name alone, unless one title covers the list', () => {
    expect(namesRolesAndParts([
      'Also in the congregation were Mayor Rita Olsen and Bishop Paul Kerr, who led the prayers.',
    ])).toEqual([
      ['Rita Olsen', ['Mayor'], ['attendee']],
      ['Paul Kerr', ['Bishop'], ['attendee', 'speaker']],
    ]);
    expect(namesRolesAndParts([
      'The senate debated the policy on Tuesday. Among those present were senators Ingrid Sola and Tobias Wain, who spoke against it.',
    ])).toEqual([
      ['Ingrid Sola', ['senator'], ['attendee', 'speaker']],
      ['Tobias Wain', ['senator'], ['attendee', 'speaker']],
    ]);
  });

  it('reads addresses on a congress programme (Nigerian daily)', () => {
    expect(namesRolesAndParts([
      'The congress opened in Abuja on Thursday with a welcoming address by Governor Ade Bello, and the presidential address was delivered by Dr Funmi Okoro.',
      'The vote of thanks was proposed by Engr. Musa Bala.',
    ])).toEqual([
      ['Ade Bello', ['Governor'], ['speaker']],
      ['Funmi Okoro', [], ['speaker']],
      ['Musa Bala', [], ['speaker']],
    ]);
    expect(namesRolesAndParts(['Dr Funmi Okoro delivered the presidential address at the congress on Thursday.'])).toEqual([
      ['Funmi Okoro', [], ['speaker']],
    ]);
  });

  it('reads who led the service, who sat behind the family and who read (English cathedral city weekly)', () => {
    expect(namesRolesAndParts([
      'The requiem at Holy Trinity on Tuesday was conducted by the Archdeacon of Rushford, the Venerable Mark Tilly.',
      'Behind them sat Green MP Nadia Farouk and the county council chairman, Cllr Owen Price.',
      'Her niece, Poppy Hale, 14, read a poem she had written for the occasion.',
    ])).toEqual([
      ['Mark Tilly', ['Archdeacon of Rushford'], ['chair']],
      ['Nadia Farouk', ['Green MP'], ['attendee']],
      ['Owen Price', ['county council chairman', 'Cllr'], ['attendee']],
      ['Poppy Hale', [], ['speaker']],
    ]);
  });

  it('reads the celebrant, the readers joined by "and by" and the pall-bearers by kinship (US parish funeral)', () => {
    expect(namesRolesAndParts([
      'The Rev. Luis Ortega, pastor of Our Lady of Mercy, celebrated the funeral Mass on Friday.',
      'Readings were given by Mayor Ann Kolb, who knew her for 40 years, and by Dan Reyes, a former student.',
      'Pallbearers were her son Tom Voss, her nephew Carl Voss, and Jim Lake.',
    ])).toEqual([
      ['Luis Ortega', ['pastor of Our Lady of Mercy'], ['chair']],
      ['Ann Kolb', ['Mayor'], ['speaker']],
      ['Dan Reyes', ['former student'], ['speaker']],
      ['Tom Voss', [], ['attendee']],
      ['Carl Voss', [], ['attendee']],
      ['Jim Lake', [], ['attendee']],
    ]);
  });

  it('lists no one for a funeral still to come or a eulogy remembered', () => {
    expect(namesRolesAndParts([
      'The funeral of former senator Joan Rafferty will be held at St Mary\'s Cathedral on Friday. Premier Luke Hadley is expected to attend.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'Senator Kate Byrne, who died on Monday, was remembered for the eulogy she gave for her father in 1998.',
    ])).toEqual([]);
  });
});

describe('homage at a funeral (real newsroom wording)', () => {
  it('reads last respects, wreaths, floral tributes and the funeral prayer\'s leader', () => {
    expect(namesRolesAndParts([
      'Prime Minister Ann Lee, Opposition Leader Tom Hart and Governor-General Sir Paul Kerr paid their last respects to the late senator at Parliament House on Monday.',
      'President Ali Khan laid a wreath at the grave. Chief Minister Ravi Rao offered floral tributes to the departed leader.',
      'The funeral prayer was led by Maulana Tariq Jamal.',
    ])).toEqual([
      ['Ann Lee', ['Prime Minister'], ['attendee']],
      ['Tom Hart', ['Opposition Leader'], ['attendee']],
      ['Paul Kerr', ['Governor-General'], ['attendee']],
      ['Ali Khan', ['President'], ['attendee']],
      ['Ravi Rao', ['Chief Minister'], ['attendee']],
      ['Tariq Jamal', [], ['speaker']],
    ]);
  });

  it('lists no one who paid tribute in a statement', () => {
    expect(namesRolesAndParts(['Senator Ann Cole paid tribute to her predecessor in a statement on Monday.'])).toEqual([]);
  });
});
