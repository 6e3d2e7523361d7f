import { closeSync, openSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { csvField } from './render/csv.js';
import { formatReject, type RejectNote, type RejectSink } from '../core/import/import-file.js';

/** The --rejects file: the original header and rows as read, plus a `reject_reason` column naming file:line and field. */
export function openRejectsFile(path: string, label: string): RejectSink & { close(): void } {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (error) {
    throw new UserError(`cannot write --rejects ${path}: ${(error as Error).message}`);
  }
  let pending = '';
  let width: number | undefined;
  const flush = () => {
    if (pending) writeSync(fd, pending);
    pending = '';
  };
  return {
    header(fields) {
      width = fields.length;
      pending += `${[...fields, 'reject_reason'].map(csvField).join(',')}\n`;
    },
    reject(raw: string[], note: RejectNote) {
      const reason = formatReject(label, note);
      pending += `${underHeader(raw, width, reason).map(csvField).join(',')}\n`;
      if (pending.length > 1 << 16) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/**
 * The reason always in the reject_reason column: a row with too few fields is padded to the
 * header's width, and one with too many keeps its extra fields after the reason.
 */
function underHeader(raw: string[], width: number | undefined, reason: string): string[] {
  if (width === undefined) return [...raw, reason];
  const fields = raw.slice(0, width);
  while (fields.length < width) fields.push('');
  return [...fields, reason, ...raw.slice(width)];
}
