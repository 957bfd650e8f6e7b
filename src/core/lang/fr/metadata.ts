import { monthList, type MetadataWords } from '../metadata-word-types';

/** French words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc'],
  ]),
  updated: ['mis à jour', 'mise à jour', 'modifié', 'actualisé'],
  bylinePrefixes: ['par', 'publié par', 'écrit par', 'auteur', 'texte', 'propos recueillis par'],
  placeholderAuthors: ['anonyme', 'invité', 'auteur inconnu'],
  roles: [
    'journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'envoyé spécial', 'envoyée spéciale',
  ],
  deskWords: ['rédaction', 'équipe', 'sports'],
  authorPaths: ['auteur', 'auteurs', 'journaliste', 'journalistes'],
  dateConnectors: ['le', 'publié'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateLineWords: ['h', 'il', 'y', 'a', 'heures', 'minutes', 'aujourd\'hui', 'hier'],
};
