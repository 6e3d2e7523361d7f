/** Anything the user can fix: bad option, bad file, unknown id. Exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
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
