/** Why extraction gave up: the page is beyond the budget (docs/limits.md), or nothing readable was found. */
export class ExtractError extends Error {
  constructor(
    readonly code: 'too-large' | 'empty',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
