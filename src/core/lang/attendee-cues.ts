import { en } from './en/attendees';
import type { AttendeeLanguageCues } from './attendee-cue-types';
import { vi } from './vi/attendees';

export type { AttendeeLanguageCues, AttendanceCue, CueDirection, CuePart } from './attendee-cue-types';

const BY_LANG: Record<string, AttendeeLanguageCues> = { vi, en };

/** Cue data for a BCP 47 tag ("vi", "en-US"), or null when the language has none. */
export function attendeeCuesFor(lang: string): AttendeeLanguageCues | null {
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANG[base] ?? null;
}
