/**
 * What went wrong, in words, whatever was thrown: browser APIs reject with Error objects, but messaging and
 * libraries may reject with strings or plain values, and every caller shows the text to the person.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
