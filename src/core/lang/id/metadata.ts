import { monthList, type MetadataWords } from '../metadata-word-types';

/** Indonesian words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus', 'agu', 'agt'],
    ['september'], ['oktober'], ['november'], ['desember', 'des'],
  ]),
  updated: ['diperbarui'],
  bylinePrefixes: ['oleh', 'penulis'],
  placeholderAuthors: ['anonim', 'tamu'],
  roles: ['wartawan', 'reporter', 'kontributor'],
  deskWords: ['redaksi', 'tim'],
  authorPaths: ['penulis', 'kontributor'],
  dateConnectors: ['pada'],
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
  dateLineWords: [],
};
