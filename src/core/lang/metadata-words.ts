/**
 * Words the metadata readers need, per language, as data: month names for the dates pages print, the words that
 * mark a printed date as an update rather than the publication, the words that introduce a byline, and the names
 * CMSs put in the author field when there is no author. Lower case; a month maps to its number (1-12).
 * The lists of every language are merged (metadataWords): a page in one language often prints its dates or its
 * byline in another (English templates on German sites), and a month word of one language is rarely another
 * language's word next to a day and a year.
 */

export interface MetadataWords {
  months: Record<string, number>;
  /** Before a printed date: the date is the last change, not the publication ("Updated Nov 13, 2019"). */
  updated: string[];
  /** Before a name: "By Jane Doe", "von Jane Doe", "Texto: …". Matched whole, case-blind, longest first. */
  bylinePrefixes: string[];
  /** Author fields that name nobody. A newsroom ("Redaktion", "Redacción") names the newsroom and is not listed. */
  placeholderAuthors: string[];
  /** Job titles after a name ("Tom Krisher, AP Auto Writer"): a byline segment holding one is no name. */
  roles: string[];
  /** Small words between a name and a date ("VON MORITZ GATHMANN am 21. April 2020", "Jane Doe on Nov 19"). */
  dateConnectors: string[];
  /** Day names, left behind when a printed date is cut from a byline ("… and Malcolm Owen Monday,"). */
  weekdays: string[];
}

const monthList = (names: string[][]): Record<string, number> =>
  Object.fromEntries(names.flatMap((forms, i) => forms.map((f) => [f, i + 1])));

const byLang: Record<string, MetadataWords> = {
  en: {
    months: monthList([
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
      ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'],
      ['december', 'dec'],
    ]),
    updated: ['updated', 'last updated', 'update', 'modified', 'last modified', 'edited', 'revised'],
    bylinePrefixes: ['by', 'written by', 'posted by', 'published by', 'article by', 'words by', 'text by', 'author', 'authors', 'text'],
    placeholderAuthors: [
      'admin', 'administrator', 'webmaster', 'no author', 'anonymous', 'unknown', 'unknown author', 'staff', 'guest',
      'user', 'editor', 'author', 'publisher', 'site admin', 'latest news', 'editorial', 'all posts', 'n/a',
    ],
    roles: ['writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'staff', 'journalist', 'producer', 'analyst', 'critic', 'news service', 'wire services', 'intern'],
    dateConnectors: ['on', 'at', 'the', 'published', 'posted'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'],
  },
  de: {
    months: monthList([
      ['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'],
      ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
      ['november', 'nov'], ['dezember', 'dez'],
    ]),
    updated: ['aktualisiert', 'zuletzt aktualisiert', 'geändert', 'zuletzt geändert', 'stand'],
    bylinePrefixes: ['von', 'autor', 'autorin', 'text', 'veröffentlicht von', 'geschrieben von', 'ein beitrag von', 'durch'],
    placeholderAuthors: ['gast', 'unbekannt', 'anonym', 'alle beiträge', 'autor', 'autorin'],
    roles: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist', 'journalistin', 'volontär', 'volontärin'],
    dateConnectors: ['am', 'um', 'vom', 'veröffentlicht'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  },
  fr: {
    months: monthList([
      ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
      ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
    ]),
    updated: ['mis à jour', 'mise à jour', 'modifié', 'actualisé'],
    bylinePrefixes: ['par', 'publié par', 'écrit par', 'auteur', 'texte'],
    placeholderAuthors: ['anonyme', 'invité', 'auteur inconnu'],
    roles: ['journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'envoyé spécial', 'envoyée spéciale'],
    dateConnectors: ['le', 'publié'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  },
  es: {
    months: monthList([
      ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
      ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
    ]),
    updated: ['actualizado', 'actualizada', 'actualización', 'modificado'],
    bylinePrefixes: ['por', 'publicado por', 'escrito por', 'autor', 'autora', 'texto'],
    placeholderAuthors: ['anónimo', 'anonimo', 'invitado', 'sin autor', 'desconocido'],
    roles: ['periodista', 'corresponsal', 'redactor', 'redactora', 'enviado especial', 'enviada especial'],
    dateConnectors: ['el', 'publicado'],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  },
  it: {
    months: monthList([
      ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'],
      ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
    ]),
    updated: ['aggiornato', 'aggiornamento', 'modificato'],
    bylinePrefixes: ['di', 'scritto da', 'pubblicato da', 'autore'],
    placeholderAuthors: ['anonimo', 'ospite'],
    roles: ['giornalista', 'corrispondente', 'inviato', 'inviata'],
    dateConnectors: ['il', 'pubblicato'],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  },
  pt: {
    months: monthList([
      ['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'],
      ['setembro'], ['outubro'], ['novembro'], ['dezembro'],
    ]),
    updated: ['atualizado', 'atualizada', 'atualização'],
    bylinePrefixes: ['por', 'publicado por', 'escrito por', 'autor', 'autora'],
    placeholderAuthors: ['anônimo', 'anonimo', 'convidado'],
    roles: ['jornalista', 'correspondente', 'repórter', 'redator', 'redatora'],
    dateConnectors: ['em', 'publicado'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  },
  nl: {
    months: monthList([
      ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'],
      ['september'], ['oktober'], ['november'], ['december'],
    ]),
    updated: ['bijgewerkt', 'gewijzigd'],
    bylinePrefixes: ['door', 'auteur'],
    placeholderAuthors: ['anoniem', 'gast'],
    roles: ['verslaggever', 'correspondent', 'redacteur'],
    dateConnectors: ['op'],
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  },
  id: {
    months: monthList([
      ['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus', 'agu', 'agt'],
      ['september'], ['oktober'], ['november'], ['desember', 'des'],
    ]),
    updated: ['diperbarui'],
    bylinePrefixes: ['oleh', 'penulis'],
    placeholderAuthors: ['anonim', 'tamu'],
    roles: ['wartawan', 'reporter', 'kontributor'],
    dateConnectors: ['pada'],
    weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
  },
  ru: {
    months: monthList([
      ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
      ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
      ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек'],
    ]),
    updated: ['обновлено', 'изменено'],
    bylinePrefixes: ['автор', 'текст'],
    placeholderAuthors: ['гость', 'администратор', 'админ', 'аноним'],
    roles: ['корреспондент', 'обозреватель', 'журналист', 'редактор'],
    dateConnectors: ['от'],
    weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  },
  vi: {
    months: {},
    updated: ['cập nhật'],
    bylinePrefixes: ['bài', 'bài và ảnh', 'ảnh', 'theo', 'tác giả'],
    placeholderAuthors: ['khách', 'ẩn danh', 'quản trị viên'],
    roles: ['phóng viên', 'biên tập viên', 'cộng tác viên'],
    dateConnectors: ['ngày', 'lúc'],
    weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
  },
};

let merged: MetadataWords | undefined;

/** Every language's words in one table (see the note at the top of the file). */
export function metadataWords(): MetadataWords {
  if (merged) return merged;
  const all = Object.values(byLang);
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  merged = {
    months: Object.assign({}, ...all.map((w) => w.months)),
    updated: unique(all.map((w) => w.updated)),
    bylinePrefixes: unique(all.map((w) => w.bylinePrefixes)).sort((a, b) => b.length - a.length),
    placeholderAuthors: unique(all.map((w) => w.placeholderAuthors)),
    roles: unique(all.map((w) => w.roles)),
    weekdays: unique(all.map((w) => w.weekdays)),
    dateConnectors: unique(all.map((w) => w.dateConnectors)),
  };
  return merged;
}
