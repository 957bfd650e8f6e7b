import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Polish cues (news portals, trade press). */
export const pl: LanguageCues = {
  lang: 'pl',
  comments: ['komentarze', 'komentarz', 'dodaj komentarz', 'skomentuj', 'odpowiedz', 'brak komentarzy'],
  related: [
    'czytaj także', 'czytaj też', 'przeczytaj także', 'przeczytaj też', 'zobacz także', 'zobacz też', 'polecamy',
    'powiązane artykuły', 'podobne artykuły', 'najczęściej czytane', 'najpopularniejsze', 'więcej informacji',
    'dowiedz się więcej', 'czytaj więcej', 'najnowsze',
  ],
  statusNotices: [],
  supportAppeals: [],
  newsletter: ['newsletter', 'zapisz się', 'subskrybuj', 'zapisz się do newslettera'],
  share: ['udostępnij', 'podziel się', 'skopiuj link'],
  ads: ['reklama', 'sponsorowane', 'materiał sponsorowany', 'materiał partnera'],
  weather: ['pogoda', 'prognoza pogody'],
  markets: ['giełda', 'kursy walut', 'notowania'],
  cookies: ['używamy plików cookie', 'ta strona używa plików cookie', 'akceptuję', 'zaakceptuj wszystkie', 'ustawienia cookie'],
  toolbar: ['drukuj', 'rozmiar czcionki', 'posłuchaj', 'wróć', 'przejdź do treści', 'pobierz pdf'],
  authorBio: ['o autorze', 'o autorce'],
  tags: ['tagi', 'tematy', 'słowa kluczowe', 'kategoria', 'kategorie'],
  nowReading: ['czytasz teraz'],
  readingTime: ['czas czytania', 'min czytania', 'minut czytania'],
  prevNext: ['poprzedni', 'następny', 'poprzedni artykuł', 'następny artykuł'],
  pressSections: ['o firmie', 'kontakt dla mediów', 'kontakt'],
  callsToAction: ['obserwuj nas', 'zapisz się', 'kliknij tutaj', 'pobierz aplikację', 'masz już subskrypcję', 'aby czytać dalej', 'tylko dla subskrybentów', 'na ios i android'],
  videoLabels: ['wideo', 'zobacz wideo', 'zobacz'],
  appPromos: ['aplikację', 'aplikacja', 'aplikacji'],
  deskLabels: ['redakcja'],
  fieldLabels: ['kategoria', 'dział', 'opublikowano', 'data publikacji', 'aktualizacja', 'źródło'],
  copyrightNotices: ['wszelkie prawa zastrzeżone', 'chroniony prawem autorskim'],
  creditWords: ['foto', 'fot', 'zdjęcie', 'źródło'],
  ctaVerbs: ['obserwuj', 'subskrybuj', 'pobierz', 'udostępnij', 'posłuchaj'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'newsletter', 'podcast', 'aplikację'],
  bioVerbs: ['jest dziennikarzem', 'jest dziennikarką', 'pisze o'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { comments: ['komentarze'] },
  functionWords: ['i', 'w', 'się', 'na', 'nie', 'z', 'do', 'że', 'jest', 'to', 'od', 'przez', 'jak', 'po', 'dla', 'są', 'oraz', 'został'],
  wordsPerMinute: 200,
};
