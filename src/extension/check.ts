/**
 * Runtime checks typed against TypeScript types. A message is data from another context (and a page can reach a
 * content script), so its type is a claim until checked; a Check<T> both checks and tells the compiler, and
 * shape() needs a check for every field of T, so a field added to a message type fails to compile until its
 * receiver checks it.
 */
export type Check<T> = (value: unknown) => value is T;

export const isString: Check<string> = (v): v is string => typeof v === 'string';
export const isNumber: Check<number> = (v): v is number => typeof v === 'number';
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';

/** A plain object (not null, not an array): what every message and payload is. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `key` is one of `map`'s own keys (not an inherited one such as "toString"). */
export const isKeyOf = <K extends string>(map: Record<K, unknown>, key: string): key is K => Object.prototype.hasOwnProperty.call(map, key);

/** A value of type T that also passes a test the type cannot say (a whole number, a safe file name). */
export const where =
  <T>(check: Check<T>, test: (value: T) => boolean): Check<T> =>
  (v): v is T =>
    check(v) && test(v);

export const oneOf =
  <const T extends readonly string[]>(...values: T): Check<T[number]> =>
  (v): v is T[number] =>
    typeof v === 'string' && values.includes(v);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || check(v);

export const arrayOf =
  <T>(check: Check<T>): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every((item) => check(item));

/** An object whose fields pass their checks (fields the type does not name are ignored). */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const entries = Object.entries(fields) as Array<[string, Check<unknown>]>;
  return (v): v is T => isRecord(v) && entries.every(([key, check]) => check(v[key]));
}
