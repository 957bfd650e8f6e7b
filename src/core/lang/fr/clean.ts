import type { LanguageCues } from '../clean-cue-types';

/**
 * French cues (French news sites: "À lire aussi", "Lire aussi", "Chargement…", appeals to support a paper).
 * Only the kinds a rule needed French words for so far are filled; the others fall back to English (cuesFor
 * merges every language with it).
 */
export const fr: LanguageCues = {
  lang: 'fr',
  related: ['à lire aussi', 'a lire aussi', 'lire aussi', 'lire également', 'à lire également', 'voir aussi', 'sur le même sujet', 'à découvrir aussi', 'notre sélection', 'à voir aussi', 'lire la suite'],
  statusNotices: ['chargement', 'chargement en cours', 'chargement de la vidéo', 'veuillez patienter', 'cette vidéo ne peut pas être lue', 'vidéo indisponible', 'votre navigateur ne prend pas en charge la vidéo', 'votre navigateur ne supporte pas la lecture de vidéos'],
  supportAppeals: ['soutenez notre journalisme', 'soutenez nous', 'soutenez un journalisme indépendant', 'faites un don', 'faire un don', 'devenez membre', 'devenez abonné'],
  comments: [],
  newsletter: [],
  share: [],
  ads: [],
  weather: [],
  markets: [],
  cookies: [],
  toolbar: [],
  authorBio: [],
  tags: [],
  nowReading: [],
  prevNext: [],
  pressSections: [],
  callsToAction: [],
  creditWords: [],
  ctaVerbs: [],
  ctaChannels: [],
  bioVerbs: [],
  dateWords: [],
  bylinePrefixes: [],
  classHints: {},
  wordsPerMinute: 200,
};
