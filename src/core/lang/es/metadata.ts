import { monthList, type MetadataWords } from '../metadata-word-types';

/** Spanish words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
    ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ]),
  updated: ['actualizado', 'actualizada', 'actualización', 'modificado'],
  bylinePrefixes: ['por', 'publicado por', 'escrito por', 'autor', 'autora', 'texto'],
  placeholderAuthors: ['anónimo', 'anonimo', 'invitado', 'sin autor', 'desconocido'],
  roles: ['periodista', 'corresponsal', 'redactor', 'redactora', 'enviado especial', 'enviada especial'],
  deskWords: ['redacción', 'equipo', 'deportes'],
  authorPaths: ['autor', 'autores', 'autora', 'periodista', 'periodistas'],
  dateConnectors: ['el', 'publicado'],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  dateLineWords: ['de', 'del', 'a', 'las', 'hrs', 'h', 'hace', 'horas', 'minutos', 'hoy', 'ayer'],
};
