import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Ways reports say someone was there besides "attended" and "present were", from state broadcasters, society pages,
// bilateral-visit copy, swearing-ins and courts.
describe('presence told in other words', () => {
  it('reads "were among dignitaries" with or without "the" (Nigerian state paper, US society page)', () => {
    expect(namesRolesAndParts([
      'Deputy Governor Musa Olayinka and Speaker Adewale Ishola were among dignitaries at the ceremony in Ikeja.',
    ])).toEqual([
      ['Musa Olayinka', ['Deputy Governor'], ['attendee']],
      ['Adewale Ishola', ['Speaker'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Senator Claire Dubois was among guests at the hospital foundation gala on Saturday.',
    ])).toEqual([['Claire Dubois', ['Senator'], ['attendee']]]);
  });

  it('reads "also present on the visiting side were" (Malaysian and South African bilateral copy)', () => {
    expect(namesRolesAndParts([
      'Also present on the visiting side were Commerce Minister Abdullah Al-Kindi and Ambassador Salim Harthy.',
    ])).toEqual([
      ['Abdullah Al-Kindi', ['Commerce Minister'], ['attendee']],
      ['Salim Harthy', ['Ambassador'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Present on the South African side were Deputy Minister Thandi Nkosi and Director-General Pieter Botha.',
    ])).toEqual([
      ['Thandi Nkosi', ['Deputy Minister'], ['attendee']],
      ['Pieter Botha', ['Director-General'], ['attendee']],
    ]);
  });

  it('reads "those sworn in included" as the people sworn in (New Zealand council, Nigerian assembly)', () => {
    expect(namesRolesAndParts([
      'Those sworn in included Councillor Mere Tamihana and Councillor Josh Whitlock, both new to the council.',
    ])).toEqual([
      ['Mere Tamihana', ['Councillor'], ['attendee']],
      ['Josh Whitlock', ['Councillor'], ['attendee']],
    ]);
  });

  it('reads joining someone on stage and watching from the gallery as being there (arts prize, court)', () => {
    expect(namesRolesAndParts([
      'Judges Tomasz Wilk and Dr Ann Kettering joined her on stage for the announcement.',
    ])).toEqual([
      ['Tomasz Wilk', ['Judge'], ['attendee']],
      ['Ann Kettering', ['Judge'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Former Chief Justice Ruth Okello watched from the public gallery as the appeal was heard.',
    ])).toEqual([['Ruth Okello', ['Former Chief Justice'], ['attendee']]]);
  });

  it('lists no one "among" a group that is no audience, or watching from somewhere else', () => {
    expect(namesRolesAndParts(['Senator Claire Dubois was among the first to criticise the plan.'])).toEqual([]);
    expect(namesRolesAndParts(['Mayor Tom Reed watched from afar as the council collapsed last year.'])).toEqual([]);
    expect(namesRolesAndParts(['Those sworn in last year included Councillor Mere Tamihana.'])).toEqual([]);
  });
  it('members among those present by number, a bench sitting on a matter, a commission\'s chair opening its hearing', () => {
    expect(namesRolesAndParts([
      'Councillors Amy Fox and Ben Hale were among the 74 members present when the vote was taken.',
    ])).toEqual([
      ['Amy Fox', ['Councillor'], ['attendee']],
      ['Ben Hale', ['Councillor'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Parent Sam Okoro was among the many parents in attendance.',
    ])).toEqual([['Sam Okoro', ['Parent'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Commissioners Annette Lee, Bobby Marsh, Cyrus Diaz and Diana Moss also sat on the application.',
    ])).toEqual([
      ['Annette Lee', ['Commissioner'], ['attendee']],
      ['Bobby Marsh', ['Commissioner'], ['attendee']],
      ['Cyrus Diaz', ['Commissioner'], ['attendee']],
      ['Diana Moss', ['Commissioner'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Commission Chair Rosa Delgado opened the hearing at 9 a.m.',
      'Liberal MLC Stuart Pemberton asked the first witness about the costs.',
    ])).toEqual([
      ['Rosa Delgado', ['Commission Chair'], ['chair', 'speaker']],
      ['Stuart Pemberton', ['Liberal MLC'], ['speaker']],
    ]);
    // An office held is no sitting; a present-day crisis is no presence.
    expect(namesRolesAndParts([
      'Commissioner Ann Lee sat on the committee for ten years before she retired.',
      'Mayor Joe Bright was among the few leaders present day after day during the flood.',
    ])).toEqual([]);
  });
});
