import { describe, expect, it } from 'vitest';
import { findAttendees } from '../../src/core/attendees';
import { attendeeCuesFor } from '../../src/core/lang/attendee-cues';
import { compileCues } from '../../src/core/attendees/compile';
import { splitSentences } from '../../src/core/attendees/sentences';

describe('findAttendees', () => {
  it('returns null for a language without cue data', () => {
    const paragraphs = ['Die Sitzung wurde von Bürgermeisterin Anna Weber geleitet.'];
    expect(findAttendees({ paragraphs, captions: [], lang: 'de' })).toBeNull();
  });

  it('takes a region subtag and gives a JSON-safe result with evidence sentences', () => {
    const paragraphs = ['The hearing was chaired by Sen. Laura Benton. Later, the panel adjourned.'];
    const result = findAttendees({ paragraphs, captions: [], lang: 'en-US' });
    expect(result).toEqual(JSON.parse(JSON.stringify(result)));
    expect(result?.people).toEqual([{
      name: 'Laura Benton', roles: ['Sen.'], parts: ['chair'],
      evidence: ['The hearing was chaired by Sen. Laura Benton.'],
    }]);
  });

  it('merges a surname-only mention into the full name and keeps the fullest roles', () => {
    const paragraphs = [
      'The meeting was attended by Councilmember Priya Raman, chair of the finance committee.',
      'Raman told the council that the budget was balanced.',
    ];
    const result = findAttendees({ paragraphs, captions: [], lang: 'en' });
    expect(result?.people.map((p) => [p.name, p.roles, p.parts])).toEqual([
      ['Priya Raman', ['Councilmember', 'chair of the finance committee'], ['attendee', 'speaker']],
    ]);
  });

  it('merges old and new Vietnamese tone placement of one name', () => {
    const paragraphs = [
      'Đồng chí Lê Văn Hoà, Giám đốc Sở Y tế chủ trì hội nghị.',
      'Phát biểu kết luận, đồng chí Lê Văn Hòa đề nghị các đơn vị tập trung chuyển đổi số.',
    ];
    const result = findAttendees({ paragraphs, captions: [], lang: 'vi' });
    expect(result?.people.map((p) => [p.name, p.parts])).toEqual([['Lê Văn Hoà', ['chair', 'speaker']]]);
  });

  it('reads "chaired … for a decade / from 2021 to 2024" as an office held, not a meeting chaired', () => {
    for (const s of ['Ann Jones chaired the Wrexley Civic Society for a decade.',
      "Grace Chepkoech-Rono chaired the athletes' commission of Athletics Kenya from 2021 to 2024.",
      'Ann Jones has chaired the society since 2019.']) {
      expect(findAttendees({ paragraphs: [s], captions: [], lang: 'en' }), s).toBeNull();
    }
    // After a listed person, or in a speaker's aside, a span of years only describes them.
    const listed = findAttendees({ paragraphs: ['The meeting was attended by Ann Jones, who has served on the board since 2001, and Bob Li.'], captions: [], lang: 'en' });
    expect(listed?.people.map((p) => p.name)).toEqual(['Ann Jones', 'Bob Li']);
    const spoke = findAttendees({ paragraphs: ['The council meeting on Tuesday was chaired by Mayor Bob Li. Ann Jones, who has lived in the town since 1990, told the meeting the decision was wrong.'], captions: [], lang: 'en' });
    expect(spoke?.people.map((p) => [p.name, p.parts])).toEqual([['Bob Li', ['chair']], ['Ann Jones', ['speaker']]]);
  });

  it('leaves out someone reported absent even when named in the list', () => {
    const paragraphs = ['Present were Mayor Ann Lee and Councilmember Bo Chen. Councilmember Bo Chen was absent for the vote.'];
    const names = findAttendees({ paragraphs, captions: [], lang: 'en' })?.people.map((p) => p.name);
    expect(names).toEqual(['Ann Lee']);
  });

  it('resolves a role written without a name to the one person holding it', () => {
    const paragraphs = [
      'Dự hội nghị có đồng chí Trần Thị Bình, Chủ tịch UBND huyện; đồng chí Lê Văn Cảnh, Phó Chủ tịch UBND huyện.',
      'Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND huyện nhấn mạnh yêu cầu cải cách hành chính.',
    ];
    const result = findAttendees({ paragraphs, captions: [], lang: 'vi' });
    expect(result?.people.map((p) => [p.name, p.parts])).toEqual([
      ['Trần Thị Bình', ['attendee', 'speaker']],
      ['Lê Văn Cảnh', ['attendee']],
    ]);
  });

  it('does not count words sent by email or said to reporters as speaking at the event', () => {
    const paragraphs = [
      'The council met Tuesday, chaired by Mayor Ann Lee.',
      '“We are thrilled,” said Jane Doe, a spokeswoman for the developer, in an email.',
      'Councilmember Bo Chen told reporters after the meeting that he would appeal.',
    ];
    const names = findAttendees({ paragraphs, captions: [], lang: 'en' })?.people.map((p) => p.name);
    expect(names).toEqual(['Ann Lee']);
  });

  it('keeps an article with no event to null even when people speak in it', () => {
    const paragraphs = ['“Prices will rise,” said Finance Director Alan Greer. Analyst Mia Ross said demand was weak.'];
    expect(findAttendees({ paragraphs, captions: [], lang: 'en' })).toBeNull();
  });
});

describe('splitSentences', () => {
  it('does not cut at abbreviations and initials', () => {
    const cc = compileCues(attendeeCuesFor('en')!);
    expect(splitSentences('Sen. Laura Benton spoke. The U.S. panel met on Oct. 22. John F. Kennedy was cited.', cc))
      .toEqual(['Sen. Laura Benton spoke.', 'The U.S. panel met on Oct. 22.', 'John F. Kennedy was cited.']);
    const vi = compileCues(attendeeCuesFor('vi')!);
    expect(splitSentences('Các ca bệnh tập trung ở TP. Sóc Trăng. Ông Trí nói.', vi))
      .toEqual(['Các ca bệnh tập trung ở TP. Sóc Trăng.', 'Ông Trí nói.']);
  });
});
