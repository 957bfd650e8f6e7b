import { describe, expect, it } from 'vitest';
import { findPrintedDates, firstPrintedDate } from '../../src/core/metadata/printed-date';

describe('dates as pages print them', () => {
  it.each([
    ['By Meg James Staff Writer Nov. 19, 2019 5:50 PM', '2019-11-19'],
    ['Published Wed, Nov 20 20194:29 AM EST', '2019-11-20'],
    ['November 20th, 2019', '2019-11-20'],
    ['VICTOR TANGERMANN, FUTURISM 18 NOV 2019', '2019-11-18'],
    ['Dienstag, 1. Februar 2022', '2022-02-01'],
    ['publiziert am 25. September 2018', '2018-09-25'],
    ['lundi 9 décembre 2019 à 09h08', '2019-12-09'],
    ['Miércoles 04 mayo de 2022 | 01:10', '2022-05-04'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22'],
    ['Posted on Maret 30, 2015 by Admin', '2015-03-30'],
    ['01. Dez. 2022 | 14:08 Uhr', '2022-12-01'],
    ['11:15 05.10.18', '2018-10-05'],
    ['12.10.2015, 19:16 Uhr', '2015-10-12'],
    ['2019-11-18T20:51:19Z', '2019-11-18'],
  ])('%s -> %s', (text, day) => {
    expect(firstPrintedDate(text, 'de')).toBe(day);
  });

  it('reads a numeric date month first in US English and day first elsewhere', () => {
    expect(firstPrintedDate('By Tess Bonn - 11/12/19 06:56 AM EST', 'en-US')).toBe('2019-11-12');
    expect(firstPrintedDate('By Tess Bonn - 11/12/19 06:56 AM EST', 'en')).toBe('2019-11-12');
    expect(firstPrintedDate('11/12/2019', 'en-GB')).toBe('2019-12-11');
    expect(firstPrintedDate('11/12/2019', 'fr')).toBe('2019-12-11');
    // Only one reading is a date.
    expect(firstPrintedDate('11/19/19', 'fr')).toBe('2019-11-19');
  });

  it('marks an update as such and skips it for the publication', () => {
    const text = 'Updated Nov 19, 9:41 AM; Posted Nov 18, 2019, 8:19 PM';
    expect(findPrintedDates('Updated Nov 13, 2019, 10:28am EST')[0].isUpdate).toBe(true);
    expect(firstPrintedDate('Updated Nov 13, 2019, 10:28am EST')).toBeNull();
    expect(firstPrintedDate(`${text}`)).toBe('2019-11-18');
    expect(firstPrintedDate('Zuletzt aktualisiert: 3. März 2021 · Veröffentlicht 1. März 2021')).toBe('2021-03-01');
  });

  it('refuses what is no calendar date', () => {
    expect(firstPrintedDate('31 February 2021')).toBeNull();
    expect(firstPrintedDate('0001-01-01')).toBeNull();
    expect(firstPrintedDate('Version 45/13/2021')).toBeNull();
    expect(firstPrintedDate('2 days ago, 5 min read')).toBeNull();
    expect(firstPrintedDate('Ticket 2019123 at Gate 7')).toBeNull();
  });
});
