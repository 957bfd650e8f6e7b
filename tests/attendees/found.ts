import { findAttendees } from '../../src/core/attendees';

/** What the finder lists for paragraphs without captions: [name, parts] per person, [] when no event. */
export const namesAndParts = (paragraphs: string[], lang = 'en') =>
  findAttendees({ paragraphs, captions: [], lang })?.people.map((p) => [p.name, p.parts]) ?? [];

/** [name, roles, parts] per person, [] when no event. */
export const namesRolesAndParts = (paragraphs: string[], lang = 'en', captions: string[] = []) =>
  findAttendees({ paragraphs, captions, lang })?.people.map((p) => [p.name, p.roles, p.parts]) ?? [];
