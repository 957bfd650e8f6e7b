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

  // Commonwealth and Indian records print the whole head in capitals; a name printed only so stays as printed.
  it('reads heads printed in capitals (a Lok Sabha debate: honorifics, seats, an office with its holder in brackets)', () => {
    expect(namesRolesAndParts([
      'The Lok Sabha met at Eleven of the Clock. [HON. SPEAKER in the Chair]',
      'SHRI RAMESH CHANDRA PATIL (DHARWAD NORTH): Sir, the flood relief for my district has not reached the villages.',
      'THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI ANIL KUMAR VERMA): Sir, the first instalment was released in August.',
      'SHRIMATI LATA DEVI SAHU (BILASPUR WEST): Sir, the second instalment is still awaited.',
      'HON. SPEAKER: Please be brief.',
    ])).toEqual([
      ['RAMESH CHANDRA PATIL', [], ['speaker']],
      ['ANIL KUMAR VERMA', ['MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS'], ['speaker']],
      ['LATA DEVI SAHU', [], ['speaker']],
    ]);
  });

  it('joins a head in capitals to the member the order paper named in full, and keeps a senator\'s title as printed', () => {
    expect(namesRolesAndParts([
      'The House met at 10 a.m. [MR SPEAKER in the Chair]',
      'Question 88, standing in the name of Mr Yaw Darkwa-Mensah, Member of Parliament for Sefwi Hills, on rural clinics.',
      'MR DARKWA-MENSAH (Sefwi Hills): Mr Speaker, when will the Sefwi Hills clinic open?',
      'MINISTER FOR HEALTH (Hon. Dr. Efua Quartey-Boateng): Mr Speaker, in the second quarter.',
      'MR DARKWA-MENSAH: Mr Speaker, that was the answer last year too.',
      '[The Second Deputy Speaker, Hon. Nana Ama Owusu, took the Chair]',
      'SECOND DEPUTY SPEAKER: Hon. Members, we move to Statements.',
    ])).toEqual([
      ['Nana Ama Owusu', ['Second Deputy Speaker'], ['chair', 'speaker']],
      ['Yaw Darkwa-Mensah', ['Member of Parliament for Sefwi Hills'], ['speaker']],
      ['Efua Quartey-Boateng', ['MINISTER FOR HEALTH'], ['speaker']],
    ]);
    expect(namesRolesAndParts([
      'The Senate met at 2.30 p.m. [The Speaker in the Chair]',
      'SEN. (PROF.) WANJIRU KAMAU: Mr. Speaker, Sir, I beg to lay the report of the Committee on Finance on the Table.',
      'SEN. OMONDI OTIENO: Mr. Speaker, Sir, I rise to second the Motion.',
    ])).toEqual([
      ['WANJIRU KAMAU', ['SEN.'], ['speaker']],
      ['OMONDI OTIENO', ['SEN.'], ['speaker']],
    ]);
  });

  it('takes no one from labels in capitals: live updates with times, a press release\'s contacts', () => {
    expect(namesRolesAndParts([
      'UPDATE (10:42 AM): The council has gone into closed session.',
      'UPDATE (11:05 AM): Councillors are back and the vote is expected shortly.',
      'CORRECTION (11:20 AM): An earlier update misstated the time of the vote.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'FOR IMMEDIATE RELEASE (LAGOS): The state government announced a new bursary scheme on Monday.',
      'MEDIA CONTACT (PRESS OFFICE): Funke Adeyemi, 0803 000 0000.',
      'NOTE TO EDITORS (BACKGROUND): The scheme was first proposed in 2023.',
    ])).toEqual([]);
  });

  it('takes the presiding officer from a record\'s chair lines, "the Chair" capitalised, in square brackets too', () => {
    expect(namesRolesAndParts([
      'The Senate met at 2.30 p.m. [The Speaker (Hon. Josephine Wairimu Ndegwa) in the Chair]',
      'PRAYERS. The Clerk read the Order of the Day.',
    ])).toEqual([['Josephine Wairimu Ndegwa', ['Speaker'], ['chair']]]);
    expect(namesRolesAndParts([
      'The House met at 10.05 a.m.',
      '[The Second Deputy Speaker, Hon. Dr. Kofi Amponsah-Boadu, took the Chair]',
    ])).toEqual([['Kofi Amponsah-Boadu', ['Second Deputy Speaker'], ['chair']]]);
    expect(namesRolesAndParts([
      'The House met at 9.30 am. The Deputy Speaker, Ms Carla Voss, took the Chair and read prayers.',
    ])).toEqual([['Carla Voss', ['Deputy Speaker'], ['chair']]]);
    // Taking over a body's chair is an appointment, not presiding at this sitting.
    expect(namesRolesAndParts([
      'Councillor Hana Pruitt, who took the Chair of the finance committee last year, will stand down in May.',
    ])).toEqual([]);
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
