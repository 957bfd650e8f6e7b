import { monthList, type MetadataWords } from '../metadata-word-types';

/** German words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'],
    ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
    ['november', 'nov'], ['dezember', 'dez'],
  ]),
  updated: ['aktualisiert', 'zuletzt aktualisiert', 'geändert', 'zuletzt geändert', 'stand'],
  bylinePrefixes: [
    'von', 'autor', 'autorin', 'text', 'veröffentlicht von', 'geschrieben von', 'ein beitrag von', 'durch',
    'text von',
  ],
  placeholderAuthors: ['gast', 'unbekannt', 'anonym', 'alle beiträge', 'autor', 'autorin'],
  roles: [
    'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist',
    'journalistin', 'volontär', 'volontärin',
  ],
  deskWords: ['redaktion', 'sportredaktion', 'team', 'sport', 'ressort'],
  authorPaths: ['autor', 'autoren', 'autorin', 'autorinnen', 'redakteur', 'redakteure'],
  dateConnectors: ['am', 'um', 'vom', 'veröffentlicht'],
  weekdays: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr',
    'sa', 'so',
  ],
  dateLineWords: ['uhr', 'erstellt', 'heute', 'gestern', 'vor', 'stunden', 'minuten', 'mez', 'mesz'],
};
