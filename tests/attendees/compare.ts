import type { Attendees } from '../../src/core/article';
import type { ExpectedPerson } from './load-cases';

/** The comparable part of a result: people by name with roles and sorted parts; null for no people. */
export function comparable(people: ExpectedPerson[] | null | undefined): Record<string, { roles: string[]; parts: string[] }> | null {
  if (!people?.length) return null;
  const out: Record<string, { roles: string[]; parts: string[] }> = {};
  for (const p of people) out[p.name] = { roles: p.roles, parts: [...p.parts].sort() };
  return out;
}

export function comparableResult(result: Attendees | null) {
  return comparable(result?.people);
}
