import { UserError } from '../../errors.js';

/** Ledger text is kept verbatim, exactly as given; only an empty (or all-blank) text is refused. */
export function verbatim(text: string | undefined, what: string): string {
  if (text === undefined || text.trim() === '') throw new UserError(`${what} is empty`);
  return text;
}

/** An optional free-text field: blank means absent. */
export function optionalText(text: string | undefined | null): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text;
}
