import type { LanguageCues } from '../clean-cue-types';

/**
 * Spanish cues (Spanish-language news sites: "Lea también", "Te puede interesar", "Cargando…", appeals to support a paper).
 * Only the kinds a rule needed Spanish words for so far are filled; the others fall back to English (cuesFor
 * merges every language with it).
 */
export const es: LanguageCues = {
  lang: 'es',
  related: ['lea también', 'lee también', 'leer también', 'lea además', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'noticias relacionadas', 'más información', 'ver también', 'mira también', 'seguir leyendo'],
  statusNotices: ['cargando', 'cargando video', 'cargando vídeo', 'espere por favor', 'este video no se puede reproducir', 'este vídeo no se puede reproducir', 'video no disponible', 'vídeo no disponible', 'tu navegador no soporta video html', 'su navegador no soporta la reproducción de video'],
  supportAppeals: ['apoya nuestro periodismo', 'apoya el periodismo independiente', 'apóyanos', 'hazte socio', 'hazte socia', 'hazte miembro', 'haz una donación', 'dona ahora', 'suscríbete y apoya'],
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
