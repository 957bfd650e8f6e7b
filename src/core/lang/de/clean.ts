import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** German cues (news sites, blogs, association and shop pages of German-speaking countries). */
export const de: LanguageCues = {
  lang: 'de',
  comments: [
    'kommentare', 'kommentar', 'kommentar schreiben', 'kommentar verfassen', 'kommentieren', 'keine kommentare',
    'kommentare anzeigen', 'leserkommentare', 'diskussion', 'antworten', 'schreibe einen kommentar',
    'hinterlasse einen kommentar', 'kommentare insgesamt', 'ihre meinung', 'deine meinung',
  ],
  related: [
    'mehr zum thema', 'mehr zu diesem thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
    'das könnte dich interessieren', 'das könnte sie interessieren', 'auch interessant', 'ebenfalls interessant',
    'lesen sie auch', 'lies auch', 'lesen sie mehr', 'weiterlesen', 'zum weiterlesen', 'weitere artikel',
    'ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'verwandte beiträge', 'empfohlene beiträge',
    'empfohlene artikel', 'weitere beiträge', 'neueste artikel', 'neueste beiträge', 'aktuelle artikel',
    'beliebte artikel', 'beliebte beiträge', 'meistgelesen', 'meist gelesen', 'weitere nachrichten',
    'weitere meldungen', 'mehr aus', 'mehr von', 'mehr artikel', 'mehr beiträge', 'passend dazu', 'siehe auch',
    'weitere informationen', 'weiterführende links', 'mehr dazu',
    'das könnte ihnen auch gefallen', 'das könnte dir auch gefallen', 'zum thema',
    'lesen sie hier', 'ebenfalls lesenswert',
  ],
  statusNotices: ['wird geladen', 'inhalte werden geladen', 'video wird geladen', 'bitte warten', 'dieses video kann nicht abgespielt werden', 'video nicht verfügbar', 'ihr browser unterstützt kein html video', 'ihr browser unterstützt das video nicht', 'wurde erfolgreich hinzugefügt', 'zum warenkorb hinzugefügt', 'dem warenkorb hinzugefügt', 'in den warenkorb gelegt', 'wurde erfolgreich in den warenkorb gelegt'],
  supportAppeals: ['unterstützen sie unseren journalismus', 'unterstützen sie uns', 'jetzt unterstützen', 'unabhängigen journalismus unterstützen', 'werden sie mitglied', 'jetzt spenden', 'mit ihrer spende', 'freiwillig bezahlen'],
  newsletter: [
    'newsletter abonnieren', 'zum newsletter anmelden', 'newsletter bestellen', 'jetzt anmelden', 'jetzt abonnieren',
    'in ihr postfach', 'in dein postfach', 'nichts mehr versäumen', 'nichts mehr verpassen',
  ],
  share: [
    'teilen', 'artikel teilen', 'beitrag teilen', 'seite teilen', 'auf facebook teilen', 'link kopieren',
    'per e-mail senden', 'per mail versenden', 'weiterempfehlen',
  ],
  ads: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'advertorial'],
  weather: ['wetter', 'wettervorhersage'],
  markets: ['börse', 'aktienkurse', 'devisen', 'wechselkurse', 'goldpreis'],
  cookies: [
    'wir verwenden cookies', 'diese website verwendet cookies', 'verwendet cookies', 'cookie einstellungen',
    'cookie-einstellungen', 'alle akzeptieren', 'cookies akzeptieren', 'datenschutzeinstellungen',
    'wir respektieren deine privatsphäre', 'wir respektieren ihre privatsphäre',
  ],
  toolbar: [
    'drucken', 'artikel drucken', 'seite drucken', 'druckversion', 'schriftgröße', 'vorlesen', 'merken',
    'zurück', 'zurück zur übersicht', 'zurück zur listenansicht', 'nach oben', 'zum inhalt springen', 'pdf herunterladen',
    'bild anzeigen', 'aufrufe',
  ],
  authorBio: ['über den autor', 'über die autorin', 'über die autoren', 'zur person', 'autoreninfo', 'mehr vom autor'],
  tags: ['schlagwörter', 'schlagworte', 'themen', 'stichwörter', 'kategorie', 'kategorien', 'tags'],
  nowReading: ['sie lesen gerade', 'du liest gerade'],
  readingTime: ['lesezeit', 'min lesezeit', 'minuten lesezeit', 'lesedauer'],
  prevNext: [
    'vorheriger artikel', 'nächster artikel', 'vorheriger beitrag', 'nächster beitrag', 'zurück', 'weiter',
    'vorschau auf den nächsten artikel', 'älterer beitrag', 'neuerer beitrag',
  ],
  pressSections: ['über', 'pressekontakt', 'pressekontakte', 'kontakt', 'ansprechpartner', 'medienkontakt'],
  callsToAction: [
    'jetzt abonnieren', 'folgen sie uns', 'folge uns', 'hier klicken', 'klicken sie hier', 'jetzt herunterladen',
    'laden sie die app', 'melden sie sich an', 'jetzt testen',
    'abonnieren sie', 'abonniere', 'bereits abonnent', 'schon abonnent', 'um weiterzulesen', 'um den vollständigen artikel zu lesen', 'müssen sie eingeloggt sein', 'musst du eingeloggt sein', 'den artikel bewerten', 'gerne in den kommentaren', 'uns in den kommentaren', 'mir in den kommentaren', 'für ios und android', 'werden sie mitglied', 'werde mitglied', 'vergiss nicht zu teilen', 'vergessen sie nicht zu teilen',
  ],
  linkPrompts: ['hier klicken', 'klicken sie hier'],
  videoLabels: ['video', 'videos', 'im video', 'video ansehen', 'jetzt ansehen', 'zum video', 'video abspielen', 'sehen sie hier das video', 'hier das video', 'video zum artikel', 'hier geht es zum video'],
  appPromos: ['app', 'apps'],
  deskLabels: ['redaktion', 'onlineredaktion', 'online redaktion', 'lokalredaktion', 'sportredaktion', 'nachrichtenredaktion', 'wirtschaftsredaktion', 'kulturredaktion', 'newsdesk', 'newsroom'],
  fieldLabels: ['kategorie', 'kategorien', 'rubrik', 'ressort', 'veröffentlicht', 'veröffentlicht am', 'veröffentlichung', 'erschienen am', 'erstellt am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'bildquelle', 'fotoquelle', 'bildnachweis', 'fotonachweis', 'quelle'],
  copyrightNotices: ['alle rechte vorbehalten', 'urheberrechtlich geschützt', 'nachdruck nur mit genehmigung'],
  entryFooters: ['veröffentlicht und wurde unter', 'dieser eintrag wurde veröffentlicht', 'lesezeichen auf den permalink', 'lesezeichen für den permalink', 'permalink als lesezeichen', 'zu diesen eintrag durch den rss', 'zu diesem eintrag durch den rss'],
  paywallNotices: ['um weiterzulesen', 'um den vollständigen artikel zu lesen', 'um den ganzen artikel zu lesen', 'dieser artikel ist nur für abonnenten', 'nur für abonnenten', 'bereits abonnent', 'schon abonnent', 'sie sind bereits abonnent'],
  embedConsent: ['ohne dein einverständnis keine verbindung', 'ohne ihr einverständnis keine verbindung', 'ohne ihre zustimmung keine verbindung', 'empfohlener redaktioneller inhalt', 'externe inhalte angezeigt werden', 'externer inhalt', 'externe inhalte laden', 'mit dem laden des inhalts akzeptieren sie', 'mit dem laden des videos akzeptieren sie', 'um diesen inhalt anzuzeigen', 'zum anzeigen dieses inhalts'],
  creditWords: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'quelle', 'credit'],
  ctaVerbs: ['folgen', 'abonnieren', 'herunterladen', 'anmelden', 'teilen', 'hören', 'klicken', 'laden sie', 'lade dir', 'holen sie sich', 'installieren sie', 'jetzt die app', 'jetzt herunterladen', 'jetzt kostenlos'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'newsletter', 'podcast', 'app'],
  bioVerbs: ['ist redakteur', 'ist redakteurin', 'ist journalist', 'ist journalistin', 'schreibt über', 'studierte', 'arbeitet als', 'ist autor', 'ist autorin', 'ist professor', 'ist professorin', 'lehrt'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: {
    comments: ['kommentare', 'kommentar'],
    related: ['verwandt', 'aehnlich', 'weiterlesen'],
    ads: ['anzeige', 'werbung'],
  },
  functionWords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'den', 'wird', 'auch', 'bei', 'nach', 'über', 'zum'],
  wordsPerMinute: 200,
};
