/**
 * Who took part in the event: chair, speakers, attendees and groups, with source sentences on demand. Closed by
 * default to one line ("Chaired by <name> · 6 named"), so the article's first paragraph stays on the first screen.
 */
import { useId, useState } from 'preact/hooks';
import type { Attendee, AttendeePart, Attendees } from '../../core/index';
import { t } from '../i18n';
import { attendeesText } from '../../core/index';

/** A person is listed once, under the most prominent part they played. */
const ORDER: AttendeePart[] = ['chair', 'speaker', 'attendee'];
const HEADING: Record<AttendeePart, string> = { chair: 'peopleChair', speaker: 'peopleSpeakers', attendee: 'peopleAttendees' };
const ALSO: Record<AttendeePart, string> = { chair: 'peopleAlsoChaired', speaker: 'peopleAlsoSpoke', attendee: 'peopleAlsoAttended' };

export function hasPeople(attendees: Attendees | null | undefined): attendees is Attendees {
  return !!attendees && (attendees.people.length > 0 || attendees.groups.length > 0);
}

function mainPart(person: Attendee): AttendeePart {
  return ORDER.find((p) => person.parts.includes(p)) ?? 'attendee';
}

function Person({ person, main }: { person: Attendee; main: AttendeePart }) {
  const also = person.parts.filter((p) => p !== main && p !== 'attendee');
  return (
    <li class="lr-person">
      <span class="lr-person__name">{person.name}</span>
      {also.length > 0 && <span class="lr-person__also">{also.map((p) => t(ALSO[p])).join(' · ')}</span>}
      {person.roles.length > 0 && <span class="lr-person__roles">{person.roles.join(', ')}</span>}
      {person.evidence.length > 0 && (
        <details class="lr-person__evidence">
          <summary>{t('peopleEvidence')}</summary>
          {person.evidence.map((sentence, i) => (
            <blockquote key={i}>{sentence}</blockquote>
          ))}
        </details>
      )}
    </li>
  );
}

function copyText(attendees: Attendees): string {
  return attendeesText(attendees, {
    chair: t('peopleChair'),
    speaker: t('peopleSpeakers'),
    attendee: t('peopleAttendees'),
    groups: t('peopleGroups'),
    also: { chair: t('peopleAlsoChaired'), speaker: t('peopleAlsoSpoke'), attendee: t('peopleAlsoAttended') },
  });
}

export function AttendeeBox({ attendees, open = false }: { attendees: Attendees; open?: boolean }) {
  const headingId = useId();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(copyText(attendees)).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  const groups = ORDER.map((part) => ({ part, people: attendees.people.filter((p) => mainPart(p) === part) })).filter((g) => g.people.length);
  const count = attendees.people.length;
  const chairs = attendees.people.filter((p) => p.parts.includes('chair')).map((p) => p.name);
  return (
    <section class="lr-people" aria-labelledby={headingId} data-testid="attendees">
      <details open={open}>
        <summary>
          <h2 id={headingId} class="lr-people__title">{t('peopleTitle')}</h2>
          <span class="lr-people__digest">
            {chairs.length > 0 && <span class="lr-people__chairs">{t('peopleChairedBy', chairs.join(', '))}</span>}
            {count > 0 && <span class="lr-people__count">{t('peopleCount', count)}</span>}
          </span>
        </summary>
        <div class="lr-people__content">
          {groups.map(({ part, people }) => (
            <div class="lr-people__group" key={part}>
              <h3>{t(HEADING[part])}</h3>
              <ul>
                {people.map((person) => (
                  <Person key={person.name} person={person} main={part} />
                ))}
              </ul>
            </div>
          ))}
          <button type="button" class="lr-people__copy" data-testid="attendees-copy" onClick={copy} aria-live="polite">
            {copied === 'done' ? t('peopleCopied') : copied === 'failed' ? t('peopleCopyFailed') : t('peopleCopy')}
          </button>
          {attendees.groups.length > 0 && (
            <div class="lr-people__group">
              <h3>{t('peopleGroups')}</h3>
              <ul class="lr-people__orgs">
                {attendees.groups.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </details>
    </section>
  );
}
