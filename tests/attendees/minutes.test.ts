import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';


// Published minutes and live reports: rosters without a verb, the holder's name in brackets after the role, the
// chair marked "(in the Chair)", attendance in the present tense.
describe('minutes rosters (English)', () => {
  it('roles first, the holder in brackets, "in the Chair" after the chair (a UK university council)', () => {
    expect(namesRolesAndParts([
      'Present: the Pro-Chancellor (Dr Helen Ashworth) in the Chair, the Treasurer (Mr Gareth Pryor), Ms Nadia Celik and Mr Rhys Templeton.',
      'In attendance: the University Secretary (Ms Joanna Frith) and the Director of Finance (Mr Colin Adeyemi).',
    ])).toEqual([
      ['Helen Ashworth', ['Pro-Chancellor'], ['chair']],
      ['Gareth Pryor', ['Treasurer'], ['attendee']],
      ['Nadia Celik', [], ['attendee']],
      ['Rhys Templeton', [], ['attendee']],
      ['Joanna Frith', ['University Secretary'], ['attendee']],
      ['Colin Adeyemi', ['Director of Finance'], ['attendee']],
    ]);
  });

  it('"(in the Chair)" after a name, then a plural title over the rest (a New Zealand district council)', () => {
    expect(namesRolesAndParts([
      'Present: Mayor Aroha Whitcombe (in the Chair) and Councillors Liam Pattison, Mere Tukaki and Priya Venkatesh.',
    ])).toEqual([
      ['Aroha Whitcombe', ['Mayor'], ['chair']],
      ['Liam Pattison', ['Councillor'], ['attendee']],
      ['Mere Tukaki', ['Councillor'], ['attendee']],
      ['Priya Venkatesh', ['Councillor'], ['attendee']],
    ]);
  });

  it('"called the … meeting to order", and a seconder speaks to the motion (a US city council)', () => {
    expect(namesRolesAndParts([
      'Mayor Dana Whitfield called the March 3 council meeting to order at 6:01 p.m.',
      'Councilmember Beth Okafor moved that the budget calendar be approved, seconded by Councilmember Trent Vollmer.',
    ])).toEqual([
      ['Dana Whitfield', ['Mayor'], ['chair']],
      ['Beth Okafor', ['Councilmember'], ['speaker']],
      ['Trent Vollmer', ['Councilmember'], ['speaker']],
    ]);
  });
});

describe('live reports in the present tense (English)', () => {
  it('"is currently presiding", "are also in attendance", "and eleven ministers are also attending" (Nigeria)', () => {
    expect(namesRolesAndParts([
      'President Adebayo Okonkwo-Bello is currently presiding over the weekly meeting of the council at the State House.',
      'Vice President Ibrahim Danjuma-Sule and Chief of Staff Tunde Bakare-Ola are also in attendance.',
      'Information Minister Musa Bello-Kano and eleven other ministers are also physically attending the meeting.',
    ])).toEqual([
      ['Adebayo Okonkwo-Bello', ['President'], ['chair']],
      ['Ibrahim Danjuma-Sule', ['Vice President'], ['attendee']],
      ['Tunde Bakare-Ola', ['Chief of Staff'], ['attendee']],
      ['Musa Bello-Kano', ['Information Minister'], ['attendee']],
    ]);
  });

  it('a long title of the next item ends the roles of the one before it', () => {
    expect(namesRolesAndParts([
      'Vice President Ibrahim Danjuma-Sule, Secretary to the Government of the Federation Emeka Nwosu-Obi and Chief of Staff Tunde Bakare-Ola are also in attendance.',
    ])).toEqual([
      ['Ibrahim Danjuma-Sule', ['Vice President'], ['attendee']],
      ['Emeka Nwosu-Obi', ['Secretary to the Government of the Federation'], ['attendee']],
      ['Tunde Bakare-Ola', ['Chief of Staff'], ['attendee']],
    ]);
  });
});

describe('titles written before the name and a comma (English, West African and South Asian press)', () => {
  it('"A, <Title>, B, <Title>, C, and eleven ministers are attending": each title is the next name\'s', () => {
    expect(namesRolesAndParts([
      'Vice President Ibrahim Danjuma-Sule, Secretary to the Government of the Federation, Emeka Nwosu-Obi, Chief of Staff to the President, Tunde Bakare-Ola, and eleven ministers are also physically attending the meeting.',
    ])).toEqual([
      ['Ibrahim Danjuma-Sule', ['Vice President'], ['attendee']],
      ['Emeka Nwosu-Obi', ['Secretary to the Government of the Federation'], ['attendee']],
      ['Tunde Bakare-Ola', ['Chief of Staff to the President'], ['attendee']],
    ]);
  });

  it('"the ministers at the Council Chambers include" a list with portfolios in brackets', () => {
    expect(namesRolesAndParts([
      'The ministers at the Council Chambers include Ngozi Eze-Amadi (Trade), Chinedu Okafor-Uba (Works) and Ambassador Yusuf Garba-Lawal (Foreign Affairs).',
    ])).toEqual([
      ['Ngozi Eze-Amadi', [], ['attendee']],
      ['Chinedu Okafor-Uba', [], ['attendee']],
      ['Yusuf Garba-Lawal', ['Ambassador'], ['attendee']],
    ]);
  });
});

describe('no event: a standing body\'s make-up, a meeting to come (English)', () => {
  it('"is chaired by … and includes", "will meet"', () => {
    expect(namesRolesAndParts([
      'The provincial disaster council will meet President Ramon Dizon-Aquino in Tacloban on Friday to seek funds.',
      'The council is chaired by Governor Elena Tan-Reyes and includes Provincial Engineer Jose Bautista-Lim.',
    ])).toEqual([]);
  });
  it('a vote told with the participle ("with Commissioner X voting no") shows the voter in the room', () => {
    expect(namesRolesAndParts([
      'The motion passed 4-1, with Commissioner Lee Wong voting no.',
    ])).toEqual([['Lee Wong', ['Commissioner'], ['attendee']]]);
    expect(namesRolesAndParts([
      'The budget was adopted, Councillors Ruth Ames and Dev Patel voting against.',
    ])).toEqual([
      ['Ruth Ames', ['Councillor'], ['attendee']],
      ['Dev Patel', ['Councillor'], ['attendee']],
    ]);
  });
  it('"Apologies were received from Councillors A, B …" lists those who did not come (UK and Irish minutes)', () => {
    expect(namesRolesAndParts([
      'The council met on Monday.',
      'Apologies were received from Councillors Ann Lee, Ben Hale, Cy Moss and Ed Young.',
      'Mayor Jo Bright presided.',
    ])).toEqual([['Jo Bright', ['Mayor'], ['chair']]]);
    expect(namesRolesAndParts([
      'The board met in the town hall.',
      'Apologies for absence were tendered by Cllr Aoife Nolan. Cllr Sean Burke chaired the meeting.',
    ])).toEqual([['Sean Burke', ['Cllr'], ['chair']]]);
    // A host who received visitors is still a host.
    expect(namesRolesAndParts([
      'Governor Ann Hale received Ambassador Jo Kim at the state house.',
    ])).toEqual([
      ['Ann Hale', ['Governor'], ['attendee']],
      ['Jo Kim', ['Ambassador'], ['attendee']],
    ]);
  });
});
