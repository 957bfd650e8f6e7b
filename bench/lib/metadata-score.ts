/**
 * Scores extracted metadata against the hand labels in bench/metadata-labels.json (issue #19): the headline exactly
 * (whitespace collapsed), the publication day, the set of author names, and the author names no page should yield.
 */

export interface MetadataLabel {
  title: string;
  /** The names the page gives as its authors, or null when it names none. */
  byline: string[] | null;
  /** YYYY-MM-DD as the page prints it in its own time zone, or null when it has no date. */
  date: string | null;
  /** Why a label was corrected after checking it against the page's visible text. */
  note?: string;
}

export interface MetadataGuess {
  title: string | null;
  byline: string | null;
  published: string | null;
}

export interface MetadataScore {
  title: boolean;
  date: boolean;
  byline: boolean;
  /** An author name that is a placeholder (admin, staff, anonymous …) rather than a person or a newsroom. */
  placeholder: boolean;
  /** An author given where the page names none (a commenter, a placeholder, the publisher). */
  invented: boolean;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Kept here, apart from the pipeline's own word lists, so the bench does not grade the code with its own data.
 * Newsroom credits (Redaktion, Redacción, Redazione) are authors and are not listed.
 */
const PLACEHOLDER = /^(?:\S*admin\S*|administrator|no author|anonymous|an[oó]nimo|anonyme|staff|guest|gast|webmaster|user|unknown|editor|author|autor|auteur|invité|n\/a)$/iu;

/** "By Jane Doe and John Roe" -> ["jane doe", "john roe"]. */
export function authorNames(byline: string): string[] {
  return byline
    .replace(/^\s*(?:by|von|par|por|di)\s+/i, '')
    .split(/\s*(?:[,;&]|\s(?:and|und|et|y|e|và)\s)\s*/i)
    .map((n) => collapse(n).replace(/[.\s]+$/, '').toLowerCase().normalize('NFC'))
    .filter(Boolean);
}

const sameSet = (a: string[], b: string[]): boolean => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** The calendar day of an ISO-looking date string, as written (its own offset kept), else null. */
export function dayOf(published: string | null): string | null {
  return published?.match(/^\s*(\d{4}-\d{2}-\d{2})/)?.[1] ?? null;
}

export function scoreMetadata(label: MetadataLabel, guess: MetadataGuess): MetadataScore {
  const names = guess.byline ? authorNames(guess.byline) : [];
  const truth = (label.byline ?? []).map((n) => authorNames(n).join(' '));
  return {
    title: collapse(guess.title ?? '') === collapse(label.title),
    date: dayOf(guess.published) === label.date,
    byline: sameSet(names, truth),
    placeholder: names.some((n) => PLACEHOLDER.test(n)),
    invented: label.byline === null && names.length > 0,
  };
}
