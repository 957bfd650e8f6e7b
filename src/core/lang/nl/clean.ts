import type { LanguageCues } from '../clean-cue-types';

/** Dutch cues (news sites, blogs, municipal pages of the Netherlands and Flanders). */
export const nl: LanguageCues = {
  lang: 'nl',
  comments: ['reacties', 'reactie', 'plaats een reactie', 'laat een reactie achter', 'reageer', 'reageren', 'geen reacties'],
  related: [
    'lees ook', 'lees meer', 'gerelateerde artikelen', 'gerelateerd', 'meer over', 'meer nieuws', 'bekijk ook',
    'dit vind je misschien ook leuk', 'meest gelezen', 'ook interessant', 'zie ook', 'meer informatie', 'laatste nieuws',
  ],
  statusNotices: [],
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
  prevNext: ['vorige', 'volgende', 'vorig artikel', 'volgend artikel', 'vorig bericht', 'volgend bericht'],
  pressSections: ['over', 'noot voor de redactie', 'perscontact', 'contact'],
  callsToAction: ['volg ons', 'schrijf je in', 'klik hier', 'download de app', 'word lid'],
  creditWords: ['foto', 'beeld', 'afbeelding', 'bron'],
  ctaVerbs: ['volg', 'abonneer', 'download', 'deel', 'luister'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'nieuwsbrief', 'podcast', 'app'],
  bioVerbs: ['is journalist', 'is redacteur', 'schrijft over'],
  dateWords: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec', 'maandag', 'dinsdag',
    'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'om', 'uur', 'gepubliceerd', 'bijgewerkt', 'geleden',
    'vandaag', 'gisteren',
  ],
  bylinePrefixes: ['door', 'tekst'],
  classHints: { comments: ['reacties'], share: ['delen'] },
  wordsPerMinute: 210,
};
