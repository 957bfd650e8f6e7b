import { monthList, type MetadataWords } from '../metadata-word-types';

/** Polish words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'],
    ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'],
    ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ]),
  updated: ['aktualizacja'],
  bylinePrefixes: ['autor', 'autorka'],
  placeholderAuthors: [],
  roles: [],
  deskWords: ['redakcja'],
  authorPaths: ['autor', 'autorzy', 'autorka'],
  dateConnectors: ['opublikowano', 'publikacja'],
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  dateLineWords: ['godz', 'temu', 'dzisiaj', 'wczoraj'],
};
