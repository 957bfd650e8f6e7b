import { describe, expect, it } from 'vitest';
import { namesAndParts, namesRolesAndParts } from './found';

describe('titles and owners written before an English name', () => {
  it('keeps a party possessive out of the name', () => {
    expect(namesRolesAndParts([
      'Health Secretary Mark Dunn faced questioning from MPs on the health select committee on Tuesday.',
      "Labour's Anna Price took the floor to demand answers.",
      "Sinn Féin's Mary Lou Kinsella asked about waiting lists.",
    ])).toEqual([
      ['Mark Dunn', ['Health Secretary'], ['attendee']],
      ['Anna Price', [], ['speaker']],
      ['Mary Lou Kinsella', [], ['speaker']],
    ]);
  });

  it('keeps a possessive that is part of an organisation before the name', () => {
    expect(namesRolesAndParts([
      "Vice Chairman of the Ben Tre Provincial People's Committee Tran Van Loc attended the signing on Monday.",
    ])).toEqual([['Tran Van Loc', ["Vice Chairman of the Ben Tre Provincial People's Committee"], ['attendee']]]);
  });

  it('splits a committee title from the personal title stacked on it', () => {
    expect(namesRolesAndParts([
      "Opening Thursday's hearing, committee chair Rep. Tom Ellis said the agency had failed.",
      'Ranking member Sen. Priya Natarajan asked about costs.',
      'Deputy committee chair Sen. Ann Bloom asked about staffing.',
    ])).toEqual([
      ['Tom Ellis', ['committee chair', 'Rep.'], ['chair', 'speaker']],
      ['Priya Natarajan', ['Ranking member', 'Sen.'], ['speaker']],
      ['Ann Bloom', ['Deputy committee chair', 'Sen.'], ['speaker']],
    ]);
  });

  it('keeps a lowercase modifier with the title it qualifies', () => {
    expect(namesRolesAndParts([
      'Ambassador Lin Wei called on caretaker Foreign Minister Asad Jilani in Islamabad on Monday.',
    ])).toEqual([
      ['Lin Wei', ['Ambassador'], ['attendee']],
      ['Asad Jilani', ['caretaker Foreign Minister'], ['attendee']],
    ]);
  });

  it('does not date the event by the future inside a quotation', () => {
    expect(namesAndParts([
      '"We will not wait any longer," said Henry Osei, the union\'s regional secretary, at the rally on Saturday.',
    ])).toEqual([['Henry Osei', ['speaker']]]);
    expect(namesAndParts([
      'Henry Osei, the union\'s regional secretary, said he would speak at the rally on Saturday.',
    ])).toEqual([]);
  });

  it('reads ranks, occupations and forms of address of several countries before the name', () => {
    expect(namesRolesAndParts([
      'The community safety forum met at the town hall on Thursday.',
      "Supt. Karen O'Hagan told the forum that break-ins had fallen.",
      'Shopkeeper Lin Zhao said thefts had doubled.',
      'Engineer-in-Chief M. Venkatesh briefed the meeting.',
      'Ratu Josaia Vunibola, the Prime Minister, attended.',
      'Reverend Iliesa Naivalu spoke about the drought.',
    ])).toEqual([
      ["Karen O'Hagan", ['Supt.'], ['speaker']],
      ['Lin Zhao', ['Shopkeeper'], ['speaker']],
      ['M. Venkatesh', ['Engineer-in-Chief'], ['speaker']],
      ['Josaia Vunibola', ['Prime Minister'], ['attendee']],
      ['Iliesa Naivalu', [], ['speaker']],
    ]);
  });

  it('reads a role with its article set off by commas as the name\'s apposition', () => {
    expect(namesRolesAndParts([
      'Karen Hogan, the mayor, told the forum that break-ins had fallen.',
      'Addressing the forum, the mayor thanked the police.',
    ])).toEqual([['Karen Hogan', ['mayor'], ['speaker']]]);
  });

  it('keeps a portfolio in brackets inside the title before the name (Indian state reports)', () => {
    expect(namesRolesAndParts([
      'Water Resources Minister Smt. Lalitha Devendran, Chief Secretary Dr. Arvind Menon and Principal Secretary (Irrigation) P. Satyanarayana attended the meeting.',
      'Executive Engineer (Water Resources) S. Balamurugan presented the status of the tanks.',
    ])).toEqual([
      ['Lalitha Devendran', ['Water Resources Minister'], ['attendee']],
      ['Arvind Menon', ['Chief Secretary'], ['attendee']],
      ['P. Satyanarayana', ['Principal Secretary (Irrigation)'], ['attendee']],
      ['S. Balamurugan', ['Executive Engineer (Water Resources)'], ['speaker']],
    ]);
  });

  it('keeps lowercase unit words and the place before them in the title (British union, Australian brigade)', () => {
    expect(namesRolesAndParts([
      'North East regional organiser Dawn Okonjo told the conference the ballot was won.',
      'Glenvale brigade captain Sam Brereton and ward councillor Tom Abara spoke at the meeting.',
    ])).toEqual([
      ['Dawn Okonjo', ['North East regional organiser'], ['speaker']],
      ['Sam Brereton', ['Glenvale brigade captain'], ['speaker']],
      ['Tom Abara', ['ward councillor'], ['speaker']],
    ]);
  });

  it('keeps a portfolio in brackets in the middle of a title, after a plural title over honorific names (Indian cabinet)', () => {
    expect(namesRolesAndParts([
      'Cabinet Ministers Shri Ramesh Chandra Bhoi, Smt. Lalita Kumari Oram and Shri Abhijit Sengupta, Minister of State (Independent Charge) for Water Resources Shri Tapan Kumar Mahanta and other Ministers attended the meeting.',
    ])).toEqual([
      ['Ramesh Chandra Bhoi', ['Cabinet Minister'], ['attendee']],
      ['Lalita Kumari Oram', ['Cabinet Minister'], ['attendee']],
      ['Abhijit Sengupta', ['Cabinet Minister'], ['attendee']],
      ['Tapan Kumar Mahanta', ['Minister of State (Independent Charge) for Water Resources'], ['attendee']],
    ]);
  });

  it('keeps a field word after the title in the title (NZ council staff)', () => {
    expect(namesRolesAndParts(['Group Manager Infrastructure Sina Faleolo attended the meeting.'])).toEqual([
      ['Sina Faleolo', ['Group Manager Infrastructure'], ['attendee']],
    ]);
  });
});

describe('portfolios joined by "and" or "&" inside a title', () => {
  it('keeps the whole portfolio (New Zealand, Malaysian and British styles)', () => {
    expect(namesRolesAndParts(['Oceans and Fisheries Minister Rawiri Ngata met the delegation on Monday.'])).toEqual([
      ['Rawiri Ngata', ['Oceans and Fisheries Minister'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'Also present at the meeting on Friday was Plantation and Commodities Ministry secretary-general Datuk Azlina Yusof.',
    ])).toEqual([['Azlina Yusof', ['Plantation and Commodities Ministry secretary-general'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Canal & River Trust area manager Dom Hale told the meeting on Tuesday the towpath would reopen.',
    ])).toEqual([['Dom Hale', ['Canal & River Trust area manager'], ['speaker']]]);
  });

  it('does not cross "and" into the name, or the place, of the person before', () => {
    expect(namesRolesAndParts(['Premier Joe Hart and Fisheries Minister Ann Roe attended the launch on Friday.'])).toEqual([
      ['Joe Hart', ['Premier'], ['attendee']],
      ['Ann Roe', ['Fisheries Minister'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'At the sitting on Tuesday, Deputy Pham Van Hoa of Dong Thap Province and Deputy Tran Thi Van of Bac Ninh Province raised questions.',
    ])).toEqual([
      ['Pham Van Hoa', ['Deputy'], ['speaker']],
      ['Tran Thi Van', ['Deputy'], ['speaker']],
    ]);
  });
});

describe('a US Senate hearing', () => {
  it('splits a capitalised stacked title, chairs by "Committee Chairman" and hears the senator who introduced the nominee', () => {
    expect(namesRolesAndParts([
      'Committee Chairman Sen. Grant Fuller (R-Idaho) opened the confirmation hearing on Wednesday.',
      'The nominee was introduced by Sen. Maria Delane (D-Wash.), who praised her record.',
    ])).toEqual([
      ['Grant Fuller', ['Committee Chairman', 'Sen.'], ['chair', 'speaker']],
      ['Maria Delane', ['Sen.'], ['speaker']],
    ]);
  });
});

describe('a list of titled people without commas inside the items', () => {
  it('parts "…, <title> A and <title> B" into items instead of one long apposition (Singapore business daily)', () => {
    expect(namesRolesAndParts([
      'The panel featured central bank deputy director Tan Mei Ling, DBS Group head of payments Ravi Iyer and Ledgerline co-founder Sofia Lund.',
    ])).toEqual([
      ['Tan Mei Ling', ['central bank deputy director'], ['attendee', 'speaker']],
      ['Ravi Iyer', ['DBS Group head of payments'], ['attendee', 'speaker']],
      ['Sofia Lund', ['Ledgerline co-founder'], ['attendee', 'speaker']],
    ]);
  });

  it('keeps an apposition holding an organisation named after someone', () => {
    expect(namesRolesAndParts([
      'Ann Lee, director of the Lee Kuan Yew School of Public Policy, told the forum on Tuesday that budgets would rise.',
    ])).toEqual([['Ann Lee', ['director of the Lee Kuan Yew School of Public Policy'], ['speaker']]]);
  });
});

describe('ranks written as abbreviations', () => {
  it('keeps "Maj. Gen." and "Command Sgt. Maj." one title (US Army change of command)', () => {
    expect(namesRolesAndParts([
      'Maj. Gen. Lorraine Beck presided over the change of command on Friday.',
      'Command Sgt. Maj. Rafael Ortez was present.',
    ])).toEqual([
      ['Lorraine Beck', ['Maj. Gen.'], ['chair']],
      ['Rafael Ortez', ['Command Sgt. Maj.'], ['attendee']],
    ]);
  });
  it('"Emeritus" after a title belongs to the title (a synod, a graduation)', () => {
    expect(namesRolesAndParts([
      'The synod was attended by Bishop Emeritus Titus Wekesa, who led the diocese until 2015.',
      'Professor Emerita Joan Hale spoke at the graduation.',
    ])).toEqual([
      ['Titus Wekesa', ['Bishop Emeritus'], ['attendee']],
      ['Joan Hale', ['Professor Emerita'], ['speaker']],
    ]);
  });
  it('keeps a nickname in quotes inside the name (Philippine and US styles), and a quoted campaign outside it', () => {
    expect(namesRolesAndParts([
      'The Senate committee hearing was chaired by Sen. Ramon “Monching” Villanueva on Tuesday.',
      'Villanueva said the smuggling had cost farmers billions.',
      'Sen. Ramon Villanueva then called the first witness.',
    ])).toEqual([['Ramon “Monching” Villanueva', ['Sen.'], ['chair', 'speaker']]]);
    expect(namesRolesAndParts([
      'The town hall was attended by Rep. Jose "Joey" Santos and Mayor Ana "Annie" Cruz.',
    ])).toEqual([
      ['Jose "Joey" Santos', ['Rep.'], ['attendee']],
      ['Ana "Annie" Cruz', ['Mayor'], ['attendee']],
    ]);
    expect(namesRolesAndParts([
      'At the meeting, Councillor Ann Hale said the “Save Riverside” campaign had 300 members.',
    ])).toEqual([['Ann Hale', ['Councillor'], ['speaker']]]);
  });
  it('a portfolio\'s field word closes the title, so a two-word given name stays whole (Philippine, Latin American styles)', () => {
    expect(namesRolesAndParts([
      'The hearing was attended by Philippine Drug Enforcement Agency Deputy Director General for Operations Ana Liza Tolentino.',
      'The briefing was attended by Deputy Commissioner for Compliance Maria Clara Reyes and Director of Technology Juan Pablo Cruz.',
    ])).toEqual([
      ['Ana Liza Tolentino', ['Philippine Drug Enforcement Agency Deputy Director General for Operations'], ['attendee']],
      ['Maria Clara Reyes', ['Deputy Commissioner for Compliance'], ['attendee']],
      ['Juan Pablo Cruz', ['Director of Technology'], ['attendee']],
    ]);
  });
  it('an honorific chain with commas or a bracketed honorific stays one chain before the name (Nigerian, Ghanaian styles)', () => {
    expect(namesRolesAndParts([
      'The ceremony was attended by the Governor of Ogun State, His Excellency, Dr. Dapo Adeola.',
    ])).toEqual([['Dapo Adeola', ['Governor of Ogun State'], ['attendee']]]);
    expect(namesRolesAndParts([
      'Also present was Her Excellency, Dr. (Mrs.) Grace Adeyemi, wife of the Governor.',
    ])).toEqual([['Grace Adeyemi', ['wife of the Governor'], ['attendee']]]);
    expect(namesRolesAndParts([
      'The durbar was attended by the Minister for Chieftaincy, Hon. (Dr.) Kofi Boateng.',
    ])).toEqual([['Kofi Boateng', ['Minister for Chieftaincy'], ['attendee']]]);
  });
  it('a role in apposition before an honorific that keeps its article ("the archdeacon, the Ven X": Anglican styles)', () => {
    expect(namesRolesAndParts([
      'The archdeacon, the Ven Mary Holt, led the prayers at the service.',
      'The rector, the Rev. John Ames, preached the sermon.',
    ])).toEqual([
      ['Mary Holt', ['archdeacon'], ['speaker']],
      ['John Ames', ['rector'], ['speaker']],
    ]);
    // A clause before the comma is no role.
    expect(namesRolesAndParts([
      'The vote at the synod was close, the Ven Mary Holt said.',
    ])).toEqual([['Mary Holt', [], ['speaker']]]);
  });
});
