import { monthList, type MetadataWords } from '../metadata-word-types';

/** Portuguese words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar', 'marco'], ['abril', 'abr'], ['maio', 'mai'],
    ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro'], ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ]),
  updated: ['atualizado', 'atualizada', 'atualização'],
  bylinePrefixes: ['por', 'publicado por', 'escrito por', 'autor', 'autora'],
  placeholderAuthors: ['anônimo', 'anonimo', 'convidado'],
  roles: ['jornalista', 'correspondente', 'repórter', 'redator', 'redatora'],
  deskWords: ['redação', 'equipe', 'esportes'],
  authorPaths: ['autor', 'autores', 'autora', 'colunista', 'colunistas'],
  dateConnectors: ['em', 'publicado'],
  weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  dateLineWords: [
    'out', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'de', 'às', 'h', 'há', 'horas', 'minutos',
    'hoje', 'ontem',
  ],
};
