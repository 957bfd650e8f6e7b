import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** French cues (news sites, blogs and institutional pages of French-speaking countries). */
export const fr: LanguageCues = {
  lang: 'fr',
  comments: ['commentaires', 'commentaire', 'laisser un commentaire', 'ajouter un commentaire', 'réagir', 'réactions', 'répondre', 'aucun commentaire'],
  related: [
    'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'voir aussi', 'sur le même sujet', 'articles similaires',
    'articles liés', 'articles connexes', 'vous aimerez aussi', 'vous aimerez aussi', 'à découvrir aussi', 'à découvrir',
    'les plus lus', 'plus d\'articles', 'dans la même rubrique', 'en savoir plus', 'pour aller plus loin', 'à voir aussi',
    'dernières actualités', 'sur le même thème',
    'lire également', 'notre sélection', 'à voir aussi', 'lire la suite',
  ],
  statusNotices: ['chargement', 'chargement en cours', 'chargement de la vidéo', 'veuillez patienter', 'cette vidéo ne peut pas être lue', 'vidéo indisponible', 'votre navigateur ne prend pas en charge la vidéo', 'votre navigateur ne supporte pas la lecture de vidéos'],
  supportAppeals: ['soutenez notre journalisme', 'soutenez nous', 'soutenez un journalisme indépendant', 'faites un don', 'faire un don', 'devenez membre', 'devenez abonné'],
  newsletter: ['inscrivez-vous à la newsletter', 'abonnez-vous', 's\'abonner', 'recevez notre newsletter', 'inscription à la newsletter', 'dans votre boîte mail'],
  share: ['partager', 'partager cet article', 'partager sur facebook', 'copier le lien', 'envoyer par e-mail'],
  ads: ['publicité', 'annonce', 'sponsorisé', 'contenu sponsorisé', 'partenaire'],
  weather: ['météo', 'prévisions météo'],
  markets: ['bourse', 'cours de l\'or', 'taux de change'],
  cookies: ['nous utilisons des cookies', 'ce site utilise des cookies', 'accepter les cookies', 'tout accepter', 'paramètres des cookies', 'gérer mes choix'],
  toolbar: ['imprimer', 'imprimer cet article', 'taille du texte', 'écouter', 'écouter cet article', 'retour', 'retour à la liste', 'aller au contenu', 'télécharger le pdf'],
  authorBio: ['à propos de l\'auteur', 'à propos de l\'auteure', 'l\'auteur', 'biographie'],
  tags: ['mots-clés', 'mots clés', 'tags', 'thèmes', 'sujets', 'catégorie', 'catégories'],
  nowReading: ['vous lisez', 'en cours de lecture'],
  readingTime: ['temps de lecture', 'min de lecture', 'minutes de lecture'],
  prevNext: ['article précédent', 'article suivant', 'précédent', 'suivant'],
  pressSections: ['à propos', 'contact presse', 'contacts presse', 'contact médias', 'contact'],
  callsToAction: ['suivez-nous', 'abonnez-vous', 'cliquez ici', 'téléchargez l\'application', 'rejoignez-nous'],
  videoLabels: ['vidéo', 'vidéos', 'en vidéo', 'regarder', 'regardez', 'voir la vidéo', 'lire la vidéo', 'à voir', 'regardez la vidéo', 'voir la vidéo ci-dessous'],
  appPromos: ['application', 'appli', 'app'],
  deskLabels: ['rédaction', 'la rédaction', 'service politique', 'service économie', 'service société', 'service sports', 'équipe éditoriale'],
  fieldLabels: ['catégorie', 'catégories', 'rubrique', 'publié', 'publié le', 'mis à jour', 'mis à jour le', 'date de publication', 'source', 'crédit photo', 'crédits photo', 'crédits photos'],
  creditWords: ['photo', 'photos', 'crédit', 'crédits', 'crédits photos', 'image', 'source'],
  ctaVerbs: ['suivez', 'abonnez', 'téléchargez', 'rejoignez', 'partagez', 'écoutez', 'cliquez', 'installez', 'retrouvez'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'newsletter', 'podcast', 'application'],
  bioVerbs: ['est journaliste', 'est rédacteur', 'est rédactrice', 'écrit sur', 'est professeur', 'est professeure', 'est chercheur', 'est chercheuse', 'enseigne'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { comments: ['commentaires'], share: ['partage'], ads: ['pub', 'publicite'] },
  wordsPerMinute: 210,
};
