import type { LanguageCues } from '../clean-cue-types';

/**
 * German cues (German news sites: "Lesen Sie auch", "Mehr zum Thema", "Wird geladen", appeals to support a paper).
 * Only the kinds a rule needed German words for so far are filled; the others fall back to English (cuesFor
 * merges every language with it).
 */
export const de: LanguageCues = {
  lang: 'de',
  related: ['lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'auch interessant', 'mehr zum thema', 'weitere artikel', 'das könnte sie auch interessieren', 'zum thema', 'siehe auch', 'weiterlesen', 'ebenfalls lesenswert'],
  statusNotices: ['wird geladen', 'inhalte werden geladen', 'video wird geladen', 'bitte warten', 'dieses video kann nicht abgespielt werden', 'video nicht verfügbar', 'ihr browser unterstützt kein html video', 'ihr browser unterstützt das video nicht'],
  supportAppeals: ['unterstützen sie unseren journalismus', 'unterstützen sie uns', 'jetzt unterstützen', 'unabhängigen journalismus unterstützen', 'werden sie mitglied', 'jetzt spenden', 'mit ihrer spende', 'freiwillig bezahlen'],
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
