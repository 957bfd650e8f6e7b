/**
 * The shape of one language's words of dates and bylines (lang/<code>/metadata.ts): the one source both the
 * metadata readers (metadata-words.ts merges every language) and the cleaning cues (lang/<code>/clean.ts derive
 * their date words and byline prefixes from it) read. Lower case; a month maps to its number (1-12).
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
  /**
   * Words of a newsroom's desk ("Telegraph Sport", "PETA-Team", "Redaktion Tagesspiegel"): a byline holding one
   * besides the publication's name is a desk credit, an author, not the publisher named again.
   */
  deskWords: string[];
  /**
   * The folder of an author's own page in a site's addresses ("/author/jane-doe", "/autor/frank_g"): a link there
   * beside the headline names the author when no "By" and no author class does.
   */
  authorPaths: string[];
  /** Small words between a name and a date ("VON MORITZ GATHMANN am 21. April 2020", "Jane Doe on Nov 19"). */
  dateConnectors: string[];
  /** Day names, left behind when a printed date is cut from a byline ("… and Malcolm Owen Monday,"). */
  weekdays: string[];
  /**
   * The other words a line holding only a date and a time may have (time zones, "uhr", "today", "ago"): with the
   * months, weekdays, update words and connectors above they make the cleaning rules' date words (dateWordsOf).
   */
  dateLineWords: string[];
}

/** Month names, one list of forms per month in calendar order: [['january', 'jan'], ['february', 'feb'], …]. */
export const monthList = (names: string[][]): Record<string, number> =>
  Object.fromEntries(names.flatMap((forms, i) => forms.map((f) => [f, i + 1])));

/** Every word a date line of this language may hold, for the cleaning cues' dateWords. */
export function dateWordsOf(words: MetadataWords): string[] {
  const phrases = [...words.weekdays, ...words.updated, ...words.dateConnectors];
  const split = phrases.flatMap((p) => p.split(' '));
  return [...new Set([...Object.keys(words.months), ...phrases, ...split, ...words.dateLineWords])];
}
