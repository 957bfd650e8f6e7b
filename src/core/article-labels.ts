/**
 * The last step of extraction: every label of the Article goes through plainLabel, whichever source it came from
 * (meta tags, JSON-LD, Readability's guesses, the body's signature line, the attendee finder). The Article is what the
 * reader, the popup, every export and the CLI read, so this one place covers them all.
 *
 * The body (html, text, paragraphs, attendee evidence) is left as the page wrote it: a bidi control there is scoped
 * to its own paragraph, and right-to-left text uses the marks legitimately.
 */
import type { Article, Attendees } from './article';
import { plainLabel, plainLabelOrNull } from './text/plain-label';

export function withPlainLabels(article: Article): Article {
  return {
    ...article,
    title: plainLabel(article.title),
    byline: plainLabelOrNull(article.byline),
    siteName: plainLabelOrNull(article.siteName),
    excerpt: plainLabelOrNull(article.excerpt),
    standfirst: plainLabelOrNull(article.standfirst),
    images: article.images.map((image) => ({ ...image, alt: plainLabel(image.alt), caption: plainLabelOrNull(image.caption) })),
    attendees: plainAttendeesOrNull(article.attendees),
  };
}

/** The attendee summary with its names, roles and groups made plain (as withPlainLabels does for the Article's). */
export function plainAttendeesOrNull(attendees: Attendees | null): Attendees | null {
  if (!attendees) return null;
  return {
    people: attendees.people
      .map((person) => ({ ...person, name: plainLabel(person.name), roles: person.roles.map(plainLabel).filter(Boolean) }))
      .filter((person) => person.name),
    groups: attendees.groups.map(plainLabel).filter(Boolean),
  };
}
