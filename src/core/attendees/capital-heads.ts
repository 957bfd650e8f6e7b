import type { CompiledCues } from './compile';

/** Words that carry an office on after its head ("MINISTER FOR HEALTH", "SPEAKER OF THE HOUSE"). */
const OFFICE_GOES_ON = /^(?:of|for|in|and|the|on|to|at)\b/iu;
const LETTERS = /\p{L}/u;
const LOWER = /\p{Ll}/u;
/** A word in capitals that may be part of a name: letters, with hyphens or apostrophes inside ("OTCHERE-DARKO"). */
const NAME_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]*$/u;

/** "OTCHERE-DARKO" → "Otchere-Darko", "O'BRIEN" → "O'Brien": capital after a hyphen or an apostrophe. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "(DR.)" → "Dr.": the honorific's printed dot kept. */
const honorificWord = (word: string): string => titleCase(word.replace(/^\((.*)\)$/u, '$1'));

/**
 * A verbatim record's speaker head printed in capitals ("SHRI RAMESH PATIL", "MR OTCHERE-DARKO",
 * "SEN. (PROF.) WANJIRU KAMAU"): the name is written in ordinary case so the name search takes it, and the form
 * as printed is remembered (`printed`, keyed by the rewritten form) so the summary shows the name as the record
 * printed it. Honorifics read as honorifics; a title before the name ("SEN.") and an office alone ("FIRST DEPUTY
 * SPEAKER", "MINISTER FOR HEALTH") stay as printed. A head with any lowercase letter is returned unchanged.
 */
export function capitalHead(head: string, cc: CompiledCues, record: string, printed?: Map<string, string>): string {
  if (LOWER.test(head) || !LETTERS.test(head)) return head;
  // "THE SPEAKER": the article is no part of the office's name.
  const words = head.replace(/^THE /u, '').split(' ');
  const isHonorific = (w: string): boolean => cc.honorificWords.has(w.replace(/^\(|\)$/gu, '').toLowerCase().replace(/\.$/u, ''));
  const out: string[] = [];
  let i = 0;
  const honorifics = (): void => {
    for (; i < words.length && isHonorific(words[i]!); i++) out.push(honorificWord(words[i]!));
  };
  honorifics();
  let rest = words.slice(i).join(' ');
  const role = cc.roleHeadAtStart.exec(rest);
  if (role) {
    const after = rest.slice(role[0].length).trim();
    // An office alone: nothing after its head, or the office going on ("MINISTER FOR …"). With its article, as
    // "The SPEAKER:" is read: the one holder of the office speaks.
    if (!after || OFFICE_GOES_ON.test(after)) return ['The', ...out, rest].join(' ');
    out.push(role[0].trim());
    i += role[0].trim().split(' ').length;
    honorifics();
    rest = words.slice(i).join(' ');
    // What follows is another title ("DEPUTY SPEAKER"), not a name.
    if (cc.roleHeadAtStart.test(rest)) return head;
  }
  const nameWords = words.slice(i);
  if (!nameWords.length || !nameWords.every((w) => NAME_WORD.test(w))) return head;
  // "FIRST DEPUTY SPEAKER": a title's head inside is an office with a qualifier, no name (a surname that is also a
  // title, "MR BISHOP", is left unread rather than guessed).
  if (nameWords.some((_, j) => cc.roleHeadAtStart.test(nameWords.slice(j).join(' ')))) return ['The', ...out, ...nameWords].join(' ');
  const name = nameWords.map(titleCase).join(' ');
  // Printed in ordinary case elsewhere in the record: that is the form to show.
  if (printed && !record.includes(name)) printed.set(name, nameWords.join(' '));
  return [...out, name].join(' ');
}
