import { monthList, type MetadataWords } from '../metadata-word-types';

/** Dutch words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'],
    ['december', 'dec'],
  ]),
  updated: ['bijgewerkt', 'gewijzigd'],
  bylinePrefixes: ['door', 'auteur', 'tekst'],
  placeholderAuthors: ['anoniem', 'gast'],
  roles: ['verslaggever', 'correspondent', 'redacteur'],
  deskWords: ['redactie', 'sport'],
  authorPaths: ['auteur', 'auteurs', 'redacteur', 'redacteuren'],
  dateConnectors: ['op'],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  dateLineWords: ['om', 'uur', 'gepubliceerd', 'geleden', 'vandaag', 'gisteren'],
};
