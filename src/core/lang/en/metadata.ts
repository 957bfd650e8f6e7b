import { monthList, type MetadataWords } from '../metadata-word-types';

/** English words of dates and bylines, read by the metadata readers and the cleaning cues (clean.ts). */
export const metadata: MetadataWords = {
  months: monthList([
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ]),
  updated: ['updated', 'last updated', 'update', 'modified', 'last modified', 'edited', 'revised'],
  bylinePrefixes: [
    'by', 'written by', 'posted by', 'published by', 'article by', 'words by', 'text by', 'author', 'authors', 'text',
    'story by', 'reporting by', 'text and photos by',
  ],
  placeholderAuthors: [
    'admin', 'administrator', 'webmaster', 'no author', 'anonymous', 'unknown', 'unknown author', 'staff', 'guest',
    'user', 'editor', 'author', 'publisher', 'site admin', 'latest news', 'editorial', 'all posts', 'n/a',
  ],
  roles: [
    'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'staff', 'journalist', 'producer',
    'analyst', 'critic', 'news service', 'wire services', 'intern',
  ],
  deskWords: ['sport', 'sports', 'team', 'bureau', 'desk', 'news desk', 'wire services', 'wires', 'newsroom'],
  authorPaths: ['author', 'authors', 'writer', 'writers', 'columnist', 'columnists', 'contributor', 'contributors'],
  dateConnectors: ['on', 'at', 'the', 'published', 'posted'],
  weekdays: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
    'thurs', 'fri', 'sat', 'sun',
  ],
  dateLineWords: [
    'thur', 'am', 'pm', 'a', 'm', 'p', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt',
    'pst', 'pdt', 'hst', 'ist', 'aest', 'jst', 'et', 'pt', 'ct', 'first', 'st', 'nd', 'rd', 'th', 'of', 'date',
    'time', 'today', 'yesterday', 'ago', 'hours', 'hour', 'minutes', 'mins', 'min',
  ],
};
