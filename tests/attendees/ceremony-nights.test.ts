import { describe, expect, it } from 'vitest';
import { namesRolesAndParts } from './found';

// Awards nights, galas and launches: the event is told by the prizes, the stage and the room, not by "attended".
describe('awards nights and galas', () => {
  it('reads prize winners, presenters and the master of ceremonies (Australian regional daily)', () => {
    expect(namesRolesAndParts([
      'Bakery owner Tess Morrow accepted the Business of the Year trophy in front of 500 guests at the Riverbend Club on Saturday night.',
      'The awards were presented by chamber president Lena Voss and radio presenter Ari Cole.',
      'Ward councillor Jo Tran, who had sent her apologies, said in a written message that the finalists were the town\'s backbone.',
    ])).toEqual([
      ['Tess Morrow', ['Bakery owner'], ['attendee']],
      ['Lena Voss', ['chamber president'], ['attendee']],
      ['Ari Cole', ['radio presenter'], ['attendee']],
    ]);
  });

  it('reads guests set off by dashes, the one who took the stage and the one who closed the programme (Canadian broadcaster)', () => {
    expect(namesRolesAndParts([
      'About 700 guests — including Lieutenant-Governor Anne Roy, Mayor Sam Dhillon and former captain Rob Kowal — filled the ballroom on Saturday.',
      'The evening\'s honorary chair, businessman Tom Rybka, took the stage to announce a matching gift.',
      'Foundation CEO Claire Bolduc told the room every dollar counted.',
    ])).toEqual([
      ['Anne Roy', ['Lieutenant-Governor'], ['attendee']],
      ['Sam Dhillon', ['Mayor'], ['attendee']],
      ['Rob Kowal', ['former captain'], ['attendee']],
      ['Tom Rybka', ["evening's honorary chair", 'businessman'], ['speaker']],
      ['Claire Bolduc', ['Foundation CEO'], ['speaker']],
    ]);
  });
});

describe('news that names an office or a meeting to come lists no one', () => {
  it('does not take "who chairs the committee" or a meeting that "will be held" for an event', () => {
    expect(namesRolesAndParts([
      'The opening of the harbour bridge has been postponed after inspectors found loose bolts.',
      'Coun. Brenda Hale, who chairs the city\'s public works committee, said she would ask for a full report.',
    ])).toEqual([]);
    expect(namesRolesAndParts([
      'Detectives have renewed their appeal for witnesses after a stabbing on Sunday.',
      'A community meeting chaired by Chief Superintendent Mark Ellis will be held at the church hall on Thursday.',
    ])).toEqual([]);
  });

  it('still gives the chair to "who chairs the committee" at that committee\'s hearing', () => {
    expect(namesRolesAndParts([
      'The health committee heard evidence from three hospital chiefs on Tuesday.',
      'Dame Ann Rosse, who chairs the committee, said the waiting lists were unacceptable.',
    ])).toEqual([['Ann Rosse', [], ['chair', 'speaker']]]);
  });

  it('does not take a scene of a fire for a meeting (vi)', () => {
    expect(namesRolesAndParts([
      'Khoảng 2 giờ sáng 6/12, một kho chứa bao bì tại cụm công nghiệp Phú Thạnh bốc cháy.',
      'Thượng tá Nguyễn Văn Hiệp, Trưởng phòng Cảnh sát PCCC Công an tỉnh đã có mặt tại hiện trường, trực tiếp chỉ huy 12 xe chữa cháy.',
    ], 'vi')).toEqual([]);
  });
});

describe('launches and traditional councils', () => {
  it('reads a book launch told by a quote first, a packed hall and readings (Irish regional weekly)', () => {
    expect(namesRolesAndParts([
      '"It took me 20 years to write," joked retired sergeant Colm Ó Briain at the launch of his memoir on Thursday.',
      'The book was launched by former Minister for Justice Nora Kenny, who described it as a history of a county.',
      'Among the 150 people who packed the parish hall were Cathaoirleach of Carrow County Council Seán Barry and broadcaster Deirdre Walshe.',
      'Publisher Brian Keane told the gathering the first print run had sold out. The author\'s daughter, Aoife Ní Bhriain, read the closing chapter aloud.',
    ])).toEqual([
      ['Colm Ó Briain', ['retired sergeant'], ['speaker']],
      ['Nora Kenny', ['former Minister for Justice'], ['attendee', 'speaker']],
      ['Seán Barry', ['Cathaoirleach of Carrow County Council'], ['attendee']],
      ['Deirdre Walshe', ['broadcaster'], ['attendee']],
      ['Brian Keane', ['Publisher'], ['speaker']],
      ['Aoife Ní Bhriain', [], ['speaker']],
    ]);
  });

  it('keeps a regnal number with the name (Ghanaian and Nigerian traditional rulers)', () => {
    expect(namesRolesAndParts([
      'The emergency meeting of the traditional council on Friday was presided over by Nana Kofi Boafo III.',
      'Addressing the meeting, Nana Kwame Duah II said families who defied the directive would be sanctioned.',
    ]).map(([name, , parts]) => [name, parts])).toEqual([
      ['Nana Kofi Boafo III', ['chair']],
      ['Nana Kwame Duah II', ['speaker']],
    ]);
  });
});

describe('inquests and military ceremonies', () => {
  it('reads the coroner who conducted the inquest (British regional daily)', () => {
    expect(namesRolesAndParts([
      'An inquest in Leeds, conducted by area coroner Mark Olsen, heard on Tuesday that the worker had not been clipped on.',
      'Inspector Rachel Dowd told the hearing the marker posts had been moved.',
    ])).toEqual([
      ['Mark Olsen', ['area coroner'], ['chair']],
      ['Rachel Dowd', ['Inspector'], ['speaker']],
    ]);
  });

  it('reads an inverted "Presiding was" and both officers of a change of command (US base paper)', () => {
    expect(namesRolesAndParts([
      'Col. Dana Whit took command of the 4th Sustainment Brigade from Col. Marc Eller during a ceremony on Thursday.',
      'Presiding was Maj. Gen. Lora Beck, commander of the 3rd Expeditionary Sustainment Command.',
    ])).toEqual([
      ['Lora Beck', ['Maj. Gen.', 'commander of the 3rd Expeditionary Sustainment Command'], ['chair']],
      ['Dana Whit', ['Col.'], ['attendee']],
      ['Marc Eller', ['Col.'], ['attendee']],
    ]);
  });
});

describe('a union congress', () => {
  it('reads a report heard from the general secretary, fraternal greetings, and no spokesperson who told a newsroom (South African daily)', () => {
    expect(namesRolesAndParts([
      'The congress, chaired by deputy president Lindi Mahlangu, heard a secretariat report from general secretary Sipho Radu on Tuesday.',
      'Fraternal greetings were delivered by Fitu first deputy president Naledi Khoza.',
      'The minister did not attend. His spokesperson, Lerato Dubo, told News24 the minister had a prior commitment.',
    ])).toEqual([
      ['Lindi Mahlangu', ['deputy president'], ['chair']],
      ['Sipho Radu', ['general secretary'], ['speaker']],
      ['Naledi Khoza', ['Fitu first deputy president'], ['speaker']],
    ]);
  });
});
