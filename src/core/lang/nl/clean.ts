import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Dutch cues (news sites, blogs, municipal pages of the Netherlands and Flanders). */
export const nl: LanguageCues = {
  lang: 'nl',
  comments: ['reacties', 'reactie', 'plaats een reactie', 'laat een reactie achter', 'reageer', 'reageren', 'geen reacties'],
  related: [
    'lees ook', 'lees meer', 'gerelateerde artikelen', 'gerelateerd', 'meer over', 'meer nieuws', 'bekijk ook',
    'dit vind je misschien ook leuk', 'meest gelezen', 'ook interessant', 'zie ook', 'meer informatie', 'laatste nieuws',
  ],
  statusNotices: ['toegevoegd aan winkelwagen', 'toegevoegd aan je winkelwagen', 'toegevoegd aan uw winkelwagen'],
  supportAppeals: [],
  newsletter: ['nieuwsbrief', 'schrijf je in', 'abonneer', 'meld je aan voor de nieuwsbrief', 'in je inbox'],
  share: ['delen', 'deel', 'deel dit artikel', 'delen op facebook', 'kopieer link'],
  ads: ['advertentie', 'gesponsord', 'reclame'],
  weather: ['weer', 'weerbericht'],
  markets: ['beurs', 'koersen', 'wisselkoers'],
  cookies: ['wij gebruiken cookies', 'deze website gebruikt cookies', 'cookies accepteren', 'alles accepteren', 'cookie-instellingen'],
  toolbar: ['afdrukken', 'printen', 'lettergrootte', 'voorlezen', 'terug', 'terug naar overzicht', 'naar de inhoud', 'download pdf'],
  authorBio: ['over de auteur', 'over de schrijver'],
  tags: ['tags', 'trefwoorden', 'onderwerpen', 'categorie', 'categorieën'],
  nowReading: ['je leest nu', 'u leest nu'],
  readingTime: ['leestijd', 'min leestijd', 'minuten leestijd', 'min lezen'],
  prevNext: ['vorige', 'volgende', 'vorig artikel', 'volgend artikel', 'vorig bericht', 'volgend bericht'],
  pressSections: ['over', 'noot voor de redactie', 'perscontact', 'contact'],
  callsToAction: ['volg ons', 'schrijf je in', 'klik hier', 'download de app', 'word lid', 'al abonnee', 'om verder te lezen', 'alleen voor abonnees', 'voor ios en android'],
  videoLabels: ['video', 'bekijk de video', 'bekijk'],
  appPromos: ['app'],
  deskLabels: ['redactie'],
  fieldLabels: ['categorie', 'rubriek', 'gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'bron'],
  copyrightNotices: ['alle rechten voorbehouden'],
  entryFooters: ['dit bericht is geplaatst in', 'dit bericht werd geplaatst in', 'dit item is geplaatst in', 'bookmark de permalink', 'voeg de permalink toe aan je favorieten'],
  creditWords: ['foto', 'beeld', 'afbeelding', 'bron'],
  ctaVerbs: ['volg', 'abonneer', 'download', 'deel', 'luister'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'nieuwsbrief', 'podcast', 'app'],
  bioVerbs: ['is journalist', 'is redacteur', 'schrijft over'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { comments: ['reacties'], share: ['delen'] },
  functionWords: ['het', 'een', 'van', 'en', 'dat', 'niet', 'op', 'voor', 'met', 'zijn', 'wordt', 'ook', 'bij', 'naar', 'deze', 'hebben', 'werd'],
  wordsPerMinute: 210,
};
