/**
 * An error's wording in the message catalogues (src/i18n), so that it is told in the language
 * the command speaks; message and hint stay the English fallback.
 */
export interface CatalogueWording {
  key: string;
  params?: Record<string, string | number>;
  hintKey?: string;
  hintParams?: Record<string, string | number>;
}

/** Anything the user can fix: bad option, bad file, unknown id. Exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly wording?: CatalogueWording,
  ) {
    super(message);
  }
}

/** Bad rows in a `--strict` import: the import was refused as a whole. Exit code 3. */
export class DataError extends Error {
  override name = 'DataError';
}

export const ExitCode = {
  ok: 0,
  usage: 1,
  breach: 2,
  data: 3,
} as const;
