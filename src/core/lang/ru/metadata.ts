import { monthList, type MetadataWords } from '../metadata-word-types';

/** Russian words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'],
    ['декабря', 'декабрь', 'дек'],
  ]),
  updated: ['обновлено', 'изменено'],
  bylinePrefixes: ['автор', 'текст'],
  placeholderAuthors: ['гость', 'администратор', 'админ', 'аноним'],
  roles: ['корреспондент', 'обозреватель', 'журналист', 'редактор'],
  deskWords: ['редакция'],
  authorPaths: ['avtor', 'avtory'],
  dateConnectors: ['от'],
  weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  dateLineWords: ['в', 'г', 'года', 'опубликовано', 'назад', 'часов', 'минут', 'сегодня', 'вчера', 'мск'],
};
