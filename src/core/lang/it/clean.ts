import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Italian cues (news sites, blogs, institutional pages). */
export const it: LanguageCues = {
  lang: 'it',
  comments: ['commenti', 'commento', 'lascia un commento', 'scrivi un commento', 'rispondi', 'nessun commento'],
  related: [
    'leggi anche', 'articoli correlati', 'notizie correlate', 'potrebbe interessarti', 'ti potrebbe interessare',
    'potrebbero interessarti', 'potrebbe interessarti anche', 'vedi anche', 'altre notizie', 'più letti', 'i più letti',
    'leggi di più', 'approfondisci', 'correlati', 'ultime notizie', 'dello stesso argomento',
  ],
  statusNotices: [],
  supportAppeals: [],
  newsletter: ['iscriviti alla newsletter', 'iscriviti', 'abbonati', 'ricevi la newsletter', 'nella tua casella'],
  share: ['condividi', 'condividi su facebook', 'condividi questo articolo', 'copia link', 'invia per email'],
  ads: ['pubblicità', 'annuncio', 'sponsorizzato', 'contenuto sponsorizzato'],
  weather: ['meteo', 'previsioni meteo'],
  markets: ['borsa', 'cambio', 'prezzo dell\'oro'],
  cookies: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'accetta tutti', 'accetta i cookie', 'impostazioni cookie'],
  toolbar: ['stampa', 'stampa articolo', 'dimensione testo', 'ascolta', 'torna indietro', 'vai al contenuto', 'scarica pdf'],
  authorBio: ['sull\'autore', 'l\'autore', 'biografia'],
  tags: ['tag', 'argomenti', 'parole chiave', 'categoria', 'categorie'],
  nowReading: ['stai leggendo'],
  readingTime: ['tempo di lettura', 'min di lettura', 'minuti di lettura'],
  prevNext: ['precedente', 'successivo', 'articolo precedente', 'articolo successivo'],
  pressSections: ['chi è', 'contatti stampa', 'ufficio stampa', 'contatti'],
  callsToAction: ['seguici', 'iscriviti', 'clicca qui', 'scarica l\'app', 'unisciti', 'sei già abbonato', 'per continuare a leggere', 'riservato agli abbonati', 'per ios e android'],
  videoLabels: ['video', 'guarda il video', 'guarda'],
  appPromos: ['app'],
  deskLabels: ['redazione', 'la redazione'],
  fieldLabels: ['categoria', 'categorie', 'rubrica', 'pubblicato', 'pubblicato il', 'aggiornato', 'data di pubblicazione', 'fonte'],
  copyrightNotices: ['tutti i diritti riservati', 'riproduzione riservata'],
  creditWords: ['foto', 'immagine', 'credit', 'fonte'],
  ctaVerbs: ['segui', 'seguici', 'iscriviti', 'scarica', 'condividi', 'ascolta'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'telegram', 'whatsapp', 'newsletter', 'podcast'],
  bioVerbs: ['è giornalista', 'è redattore', 'è redattrice', 'scrive di'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { related: ['correlati'], comments: ['commenti'], ads: ['pubblicita'] },
  functionWords: ['il', 'della', 'che', 'di', 'per', 'una', 'sono', 'gli', 'con', 'del', 'nel', 'alla', 'anche', 'come', 'più', 'dei', 'delle', 'questo'],
  wordsPerMinute: 210,
};
