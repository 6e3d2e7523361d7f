import type { ImportCounts } from '../../db/imports.js';
import { recordsRead } from '../../db/imports.js';

/**
 * A file that gave no call (none stored, none already there, none held open for the next file)
 * and had records rejected was almost certainly read as the wrong format or with the wrong
 * columns: it is refused rather than recorded as an import of nothing. A file whose records were
 * all skipped without a reject is what it claims to be with no call in it (a queue_log just
 * rotated, holding only agent logins): cron must not be told it failed.
 */
export function nothingImported(counts: ImportCounts): boolean {
  return counts.inserted === 0 && counts.duplicates === 0 && counts.carried <= 0 && counts.rejected > 0;
}

/** The one line saying so, and what to try: the field most rows failed on, or another format. */
export function nothingImportedMessage(
  label: string,
  formatName: string,
  counts: ImportCounts,
  commonField: string | undefined,
  /** The format the file's content points to, when --format chose another. */
  likelyFormat: string | undefined,
): { message: string; hint: string } {
  const parts = [counts.rejected > 0 ? `${counts.rejected.toLocaleString('en-US')} rejected` : '', counts.skipped > 0 ? `${counts.skipped.toLocaleString('en-US')} skipped (not calls)` : ''].filter(Boolean);
  const records = recordsRead(counts);
  const message = `${label}: nothing could be imported: ${records.toLocaleString('en-US')} record${records === 1 ? '' : 's'} read as ${formatName}, ${parts.join(', ')}`;
  const otherFormat =
    likelyFormat && likelyFormat !== formatName
      ? `the file looks like ${likelyFormat}: try --format ${likelyFormat}, or leave --format out`
      : `if the file is in another format, choose it with --format (svc import --list-formats)`;
  if (formatName === 'generic' && commonField && commonField !== '(row)') {
    return { message, hint: `most rows failed on the column "${commonField}": if it is not what svc took it for, name the right column with --map FIELD=COLUMN; ${otherFormat}` };
  }
  return { message, hint: otherFormat };
}
