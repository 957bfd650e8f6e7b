/**
 * JSON text that every reader splits into the same lines. JSON.stringify escapes the C0 controls but writes DEL,
 * the C1 controls and U+2028/U+2029 raw: Python's str.splitlines() breaks a JSON Lines record at U+0085, U+2028
 * and U+2029 (no line is then valid JSON), JavaScript before ES2019 refused them in string literals, and a
 * terminal acts on C1. They can only occur inside strings (JSON's own syntax is ASCII), so each is written as a
 * \u escape there: the parsed value is unchanged.
 */

const UNSAFE_IN_JSON_RE = /[\u007f-\u009f\u2028\u2029]/g;

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify, with the characters above escaped. */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON_RE, escape);
}
