import { monthList, type MetadataWords } from '../metadata-word-types';

/** Italian words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'],
    ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'],
    ['novembre', 'nov'], ['dicembre', 'dic'],
  ]),
  updated: ['aggiornato', 'aggiornamento', 'modificato'],
  bylinePrefixes: ['di', 'scritto da', 'pubblicato da', 'autore', 'a cura di', 'testo di'],
  placeholderAuthors: ['anonimo', 'ospite'],
  roles: ['giornalista', 'corrispondente', 'inviato', 'inviata'],
  deskWords: ['redazione', 'sport'],
  authorPaths: ['autore', 'autori', 'autrice', 'giornalisti'],
  dateConnectors: ['il', 'pubblicato'],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  dateLineWords: ['ore', 'alle', 'fa', 'oggi', 'ieri'],
};
