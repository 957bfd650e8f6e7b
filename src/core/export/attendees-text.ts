/** The attendee summary as plain text (the popup's "Copy as text", npm start): the box's grouping, labels given. */
import type { Attendee, AttendeePart, Attendees } from '../article';

export interface AttendeeLabels {
  chair: string;
  speaker: string;
  attendee: string;
  groups: string;
  also: Record<AttendeePart, string>;
}

const ORDER: AttendeePart[] = ['chair', 'speaker', 'attendee'];

export function attendeesText(attendees: Attendees, labels: AttendeeLabels): string {
  const main = (p: Attendee) => ORDER.find((part) => p.parts.includes(part)) ?? 'attendee';
  const blocks: string[] = [];
  for (const part of ORDER) {
    const people = attendees.people.filter((p) => main(p) === part);
    if (!people.length) continue;
    const lines = people.map((p) => {
      const also = p.parts.filter((x) => x !== part && x !== 'attendee').map((x) => labels.also[x]);
      return `- ${p.name}${p.roles.length ? ` — ${p.roles.join(', ')}` : ''}${also.length ? ` (${also.join(', ')})` : ''}`;
    });
    blocks.push([`${labels[part]}:`, ...lines].join('\n'));
  }
  if (attendees.groups.length) blocks.push([`${labels.groups}:`, ...attendees.groups.map((g) => `- ${g}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
