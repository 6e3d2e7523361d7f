import { UserError } from '../errors.js';

/**
 * The store's own failures that the user can do something about, as the UserError they read:
 * the one place that knows the storage engine's error codes (SQLite's, today).
 */
export function storeFailure(error: unknown): UserError | undefined {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'SQLITE_BUSY':
      return new UserError('the store is busy: another svc command held its write lock for longer than 30 s', 'run it again when the other import or change has finished');
    case 'SQLITE_FULL':
      return new UserError('the disk holding the store is full: the change in progress was not written, the store is as it was before it', 'free some space and run the command again');
    default:
      return undefined;
  }
}
